import { BadUserInputError } from '../../shared/domain/errors';
import type { OrganizationRow } from '../domain/organization-rules';
import type { Tag } from '../domain/organization-search';
import type { OrganizationRepositories } from './organization-repositories';

/** What the audit log keeps of an organisation. */
export const organizationSnapshot = (row: OrganizationRow, tags?: readonly Tag[]) => ({
  name: row.name,
  type: row.type,
  uai: row.uai,
  email: row.email,
  isManagingStudents: row.isManagingStudents,
  provinceCode: row.provinceCode,
  externalId: row.externalId,
  ...(tags ? { tags: tags.map((tag) => tag.name) } : {}),
  ...(row.archivedAt ? { archivedAt: row.archivedAt.toISOString() } : {}),
});

/** The tags chosen by staff, each one known (a clear error otherwise). */
export async function knownTags(tags: OrganizationRepositories['tags'], tagIds: readonly number[]): Promise<Tag[]> {
  const unique = [...new Set(tagIds)];
  const known = await tags.existing(unique);
  if (known.length !== unique.length) throw new BadUserInputError('tagIds', 'adminOrganizations.errors.tagUnknown');
  return known;
}

/** A unique index on active organisations' UAI refused the write. */
export const uaiTakenError = () => new BadUserInputError('uai', 'errors.field.uaiTaken');
