import { BadUserInputError } from '../../shared/domain/errors';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationRow } from '../domain/organization-rules';
import type { Tag } from '../domain/organization-search';
import { TagRepository } from '../infrastructure/tag.repository';

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
export async function knownTags(em: EntityManager, tagIds: readonly number[]): Promise<Tag[]> {
  const unique = [...new Set(tagIds)];
  const tags = await new TagRepository(em).existing(unique);
  if (tags.length !== unique.length) throw new BadUserInputError('tagIds', 'adminOrganizations.errors.tagUnknown');
  return tags;
}

/** A unique index on active organisations' UAI refused the write. */
export const uaiTakenError = () => new BadUserInputError('uai', 'errors.field.uaiTaken');
