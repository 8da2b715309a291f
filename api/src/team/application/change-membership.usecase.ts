import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../identity-access-management';
import { NotFoundError } from '../../shared/domain/errors';
import type { MembershipRoleName } from '../domain/invitation-rules';
import type { TeamKind, TeamMembershipRow } from '../domain/team';
import { LastAdminError } from '../domain/team-errors';
import { MembershipRepository } from '../infrastructure/membership.repository';
import { assertTeamAdmin } from './team-admin';

/**
 * Changes a member's role, or removes them (an administrator; a member may leave). The team's
 * memberships are locked so that two administrators demoting each other cannot leave none.
 */
export async function changeMembership(
  em: EntityManager,
  viewer: Viewer,
  kind: TeamKind,
  input: { membershipId: number; role: MembershipRoleName | null },
): Promise<TeamMembershipRow | null> {
  return em.transactional(async (tem) => {
    const memberships = new MembershipRepository(tem, kind);
    const target = await memberships.findById(input.membershipId);
    if (!target) throw new NotFoundError();
    const leaving = input.role === null && target.userId === viewer.userId;
    if (!leaving) await assertTeamAdmin(tem, viewer, kind, target.teamId);
    const members = await memberships.lockOfTeam(target.teamId);
    const adminsAfter = members.filter((m) => (m.id === target.id ? input.role === 'ADMIN' : m.role === 'ADMIN')).length;
    if (target.role === 'ADMIN' && adminsAfter === 0) throw new LastAdminError();
    if (input.role === null) {
      await memberships.delete(target.id);
      return null;
    }
    return memberships.setRole(target.id, input.role);
  });
}
