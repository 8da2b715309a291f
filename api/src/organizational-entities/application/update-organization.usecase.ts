import { auditComment } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import type { Clock } from '../../shared/domain/clock';
import { NotFoundError } from '../../shared/domain/errors';
import { validateOrganizationChanges, type OrganizationInput, type OrganizationRow } from '../domain/organization-rules';
import type { OrganizationRepositories } from './organization-repositories';
import { knownTags, organizationSnapshot, uaiTakenError } from './organization-snapshot';

/**
 * Staff edit an organisation (its details and, when given, its tags): a named staff operation,
 * recorded in the audit log with the organisation before and after, in the edit's transaction. A
 * UAI already used by an active organisation is refused with a clear error.
 */
export async function updateOrganization(
  repositories: OrganizationRepositories,
  deps: { clock: Clock },
  viewer: Viewer,
  input: Partial<OrganizationInput> & { organizationId: number; tagIds?: readonly number[] | null; comment?: string | null },
): Promise<OrganizationRow> {
  const comment = auditComment(input.comment);
  try {
    return await repositories.transaction(async (tx) => {
      const current = await tx.organizations.lock(input.organizationId);
      if (!current) throw new NotFoundError('errors.organizationUnknown');
      const changes = validateOrganizationChanges(current, input);
      const tagsBefore = (await tx.tags.ofOrganizations([current.id])).map(({ id, name }) => ({ id, name }));
      const tagsAfter = input.tagIds == null ? tagsBefore : await knownTags(tx.tags, input.tagIds);
      const updated = await tx.organizations.update(current.id, changes, deps.clock.now());
      if (input.tagIds != null) await tx.tags.replace(current.id, tagsAfter.map((tag) => tag.id));
      await tx.audit.record({
        actorUserId: viewer.userId,
        action: 'ORGANIZATION_UPDATED',
        targetType: 'ORGANIZATION',
        targetId: current.id,
        organizationId: current.id,
        before: organizationSnapshot(current, tagsBefore),
        after: organizationSnapshot(updated, tagsAfter),
        comment,
      });
      return updated;
    });
  } catch (error) {
    if (repositories.isUniqueViolation(error)) throw uaiTakenError();
    throw error;
  }
}
