import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { auditComment, recordAuditEntry } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import type { Clock } from '../../shared/domain/clock';
import { BadUserInputError } from '../../shared/domain/errors';
import { validateNewOrganization, type OrganizationRow } from '../domain/organization-rules';
import { OrganizationRepository } from '../infrastructure/organization.repository';

/** What the audit log keeps of an organisation. */
export const organizationSnapshot = (row: OrganizationRow) => ({
  name: row.name,
  type: row.type,
  uai: row.uai,
  email: row.email,
  isManagingStudents: row.isManagingStudents,
});

/**
 * Platform staff (SUPER_ADMIN, SUPPORT; declared on the operation) create organisations of every
 * type: a named staff operation, recorded in the audit log with the organisation.
 */
export async function createOrganization(
  em: EntityManager,
  deps: { clock: Clock },
  viewer: Viewer,
  input: { name: string; type: string; uai?: string | null; email?: string | null; isManagingStudents?: boolean | null; comment?: string | null },
): Promise<OrganizationRow> {
  const organization = validateNewOrganization(input);
  const comment = auditComment(input.comment);
  try {
    return await em.transactional(async (tem) => {
      const created = await new OrganizationRepository(tem).create(organization);
      await recordAuditEntry(tem, deps.clock, {
        actorUserId: viewer.userId,
        action: 'ORGANIZATION_CREATED',
        targetType: 'ORGANIZATION',
        targetId: created.id,
        organizationId: created.id,
        before: null,
        after: organizationSnapshot(created),
        comment,
      });
      return created;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException || (error as { code?: string }).code === '23505')
      throw new BadUserInputError('uai', 'errors.field.uaiTaken');
    throw error;
  }
}
