import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../identity-access-management';
import { NotFoundError } from '../../shared/domain/errors';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { MembershipRow } from '../domain/team';
import { LastAdminError } from '../domain/team-errors';
import { MembershipRepository } from '../infrastructure/membership.repository';
import { assertOrganizationAdmin } from './organization-admin';

/**
 * Changes a member's role, or removes them (an administrator; a member may leave). The organisation's
 * memberships are locked so that two administrators demoting each other cannot leave none.
 */
export async function changeMembership(
  em: EntityManager,
  viewer: Viewer,
  input: { membershipId: number; role: MembershipRoleName | null },
): Promise<MembershipRow | null> {
  return em.transactional(async (tem) => {
    const memberships = new MembershipRepository(tem);
    const target = await memberships.findById(input.membershipId);
    if (!target) throw new NotFoundError();
    const leaving = input.role === null && target.userId === viewer.userId;
    if (!leaving) await assertOrganizationAdmin(tem, viewer, target.organizationId);
    const members = await memberships.lockOfOrganization(target.organizationId);
    const adminsAfter = members.filter((m) => (m.id === target.id ? input.role === 'ADMIN' : m.role === 'ADMIN')).length;
    if (target.role === 'ADMIN' && adminsAfter === 0) throw new LastAdminError();
    if (input.role === null) {
      await memberships.delete(target.id);
      return null;
    }
    return memberships.setRole(target.id, input.role);
  });
}
