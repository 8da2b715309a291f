import type { EntityManager } from '@mikro-orm/postgresql';
import { auditComment, recordAuditEntry } from '../../audit-log';
import { findAccountIdByEmail, type IamDependencies, type Viewer } from '../../identity-access-management';
import { assertValidEmail } from '../../shared/domain/account-rules';
import { findOrganization } from '../../organizational-entities';
import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { MembershipRow } from '../domain/team';
import { MembershipRepository } from '../infrastructure/membership.repository';

const membershipSnapshot = (row: MembershipRow) => ({ userId: row.userId, role: row.role });

/**
 * Platform staff add an existing account to an organisation with a role, or change the role of a
 * member (support when a school is stuck): a named staff operation, recorded in the audit log with
 * the membership before and after. Staff never add themselves: another member of the team does.
 */
export async function addOrganizationMember(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  input: { organizationId: number; email: string; role: MembershipRoleName; comment?: string | null },
): Promise<MembershipRow> {
  const email = assertValidEmail(input.email);
  const comment = auditComment(input.comment);
  if (!(await findOrganization(em, input.organizationId))) throw new NotFoundError('errors.organizationUnknown');
  const userId = await findAccountIdByEmail(em, email);
  if (!userId) throw new NotFoundError('errors.accountUnknown');
  if (userId === viewer.userId) throw new ForbiddenError('errors.staffSelfMembership');
  return em.transactional(async (tem) => {
    const memberships = new MembershipRepository(tem);
    const before = await memberships.find(input.organizationId, userId);
    const after = await memberships.upsert(input.organizationId, userId, input.role);
    await recordAuditEntry(tem, deps.clock, {
      actorUserId: viewer.userId,
      action: 'ORGANIZATION_MEMBER_ADDED',
      targetType: 'MEMBERSHIP',
      targetId: after.id,
      organizationId: input.organizationId,
      before: before && membershipSnapshot(before),
      after: membershipSnapshot(after),
      comment,
    });
    return after;
  });
}
