import type { EntityManager } from '@mikro-orm/postgresql';
import { auditComment, recordAuditEntry } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import type { Clock } from '../../shared/domain/clock';
import { isUniqueViolation } from '../../shared/infrastructure/database/unique-violation';
import { validateNewOrganization, type OrganizationInput, type OrganizationRow } from '../domain/organization-rules';
import { OrganizationRepository } from '../infrastructure/organization.repository';
import { TagRepository } from '../infrastructure/tag.repository';
import { knownTags, organizationSnapshot, uaiTakenError } from './organization-snapshot';

export { organizationSnapshot } from './organization-snapshot';

/**
 * Platform staff (SUPER_ADMIN, SUPPORT; declared on the operation) create organisations of every
 * type: a named staff operation, recorded in the audit log with the organisation (and its tags).
 */
export async function createOrganization(
  em: EntityManager,
  deps: { clock: Clock },
  viewer: Viewer,
  input: OrganizationInput & { tagIds?: readonly number[] | null; comment?: string | null },
): Promise<OrganizationRow> {
  const organization = validateNewOrganization(input);
  const comment = auditComment(input.comment);
  try {
    return await em.transactional(async (tem) => {
      const tags = await knownTags(tem, input.tagIds ?? []);
      const created = await new OrganizationRepository(tem).create(organization);
      await new TagRepository(tem).replace(created.id, tags.map((tag) => tag.id));
      await recordAuditEntry(tem, deps.clock, {
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
    if (isUniqueViolation(error)) throw uaiTakenError();
    throw error;
  }
}
