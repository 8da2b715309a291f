import { auditComment } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import { validateNewOrganization, type OrganizationInput, type OrganizationRow } from '../domain/organization-rules';
import type { OrganizationRepositories } from './organization-repositories';
import { knownTags, organizationSnapshot, uaiTakenError } from './organization-snapshot';

export { organizationSnapshot } from './organization-snapshot';

/**
 * Platform staff (SUPER_ADMIN, SUPPORT; declared on the operation) create organisations of every
 * type: a named staff operation, recorded in the audit log with the organisation (and its tags).
 */
export async function createOrganization(
  repositories: OrganizationRepositories,
  viewer: Viewer,
  input: OrganizationInput & { tagIds?: readonly number[] | null; comment?: string | null },
): Promise<OrganizationRow> {
  const organization = validateNewOrganization(input);
  const comment = auditComment(input.comment);
  try {
    return await repositories.transaction(async (tx) => {
      const tags = await knownTags(tx.tags, input.tagIds ?? []);
      const created = await tx.organizations.create(organization);
      await tx.tags.replace(created.id, tags.map((tag) => tag.id));
      await tx.audit.record({
        actorUserId: viewer.userId,
        action: 'ORGANIZATION_CREATED',
        targetType: 'ORGANIZATION',
        targetId: created.id,
        organizationId: created.id,
        before: null,
        after: organizationSnapshot(created, tags),
        comment,
      });
      return created;
    });
  } catch (error) {
    if (repositories.isUniqueViolation(error)) throw uaiTakenError();
    throw error;
  }
}
