import { auditComment } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { MembershipRoleName } from '../domain/invitation-rules';
import { TEAM_KINDS, type TeamKind, type TeamMembershipRow } from '../domain/team';
import { LastAdminError } from '../domain/team-errors';
import { assertTeamAdmin, existingTeam } from './team-admin';
import type { TeamMemberships, TeamRepositories } from './team-repositories';

/**
 * Sets the role of a member, or removes them (`role` null), keeping at least one administrator: the
 * team's memberships are locked so that two administrators demoting each other cannot leave none.
 */
async function applyChange(memberships: TeamMemberships, kind: TeamKind, target: TeamMembershipRow, role: MembershipRoleName | null) {
  const members = await memberships.lockOfTeam(target.teamId);
  const adminsAfter = members.filter((m) => (m.id === target.id ? role === 'ADMIN' : m.role === 'ADMIN')).length;
  if (target.role === 'ADMIN' && adminsAfter === 0) throw new LastAdminError(kind);
  if (role === null) {
    await memberships.delete(target.id);
    return null;
  }
  return memberships.setRole(target.id, role);
}

/** Changes a member's role, or removes them (an administrator; a member may leave). */
export async function changeMembership(
  repositories: TeamRepositories,
  viewer: Viewer,
  kind: TeamKind,
  input: { membershipId: number; role: MembershipRoleName | null },
): Promise<TeamMembershipRow | null> {
  return repositories.transaction(async (tx) => {
    const memberships = tx.memberships[kind];
    const target = await memberships.findById(input.membershipId);
    if (!target) throw new NotFoundError();
    const leaving = input.role === null && target.userId === viewer.userId;
    if (!leaving) await assertTeamAdmin(tx, viewer, kind, target.teamId);
    return applyChange(memberships, kind, target, input.role);
  });
}

/**
 * Platform staff change a member's role or remove a member (a school or a centre that lost its
 * administrator, someone who left): a named staff operation, recorded in the audit log in the same
 * transaction, under the school concerned (`auditOrganizationOf`: the organisation itself, or the
 * school of a SCO centre). The last administrator stays; an archived team is not changed; staff do
 * not change their own membership this way.
 */
export async function staffChangeMembership(
  repositories: TeamRepositories,
  viewer: Viewer,
  kind: TeamKind,
  input: { membershipId: number; role: MembershipRoleName | null; comment?: string | null; auditOrganizationOf: (teamId: number) => Promise<number | null> },
): Promise<TeamMembershipRow | null> {
  const comment = auditComment(input.comment);
  const found = await repositories.memberships[kind].findById(input.membershipId);
  if (!found) throw new NotFoundError();
  if (found.userId === viewer.userId) throw new ForbiddenError('errors.staffSelfMembership');
  await existingTeam(repositories, kind, found.teamId);
  const organizationId = await input.auditOrganizationOf(found.teamId);
  return repositories.transaction(async (tx) => {
    const memberships = tx.memberships[kind];
    const target = await memberships.findById(input.membershipId);
    if (!target) throw new NotFoundError();
    const after = await applyChange(memberships, kind, target, input.role);
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: input.role === null ? TEAM_KINDS[kind].memberRemovedAction : TEAM_KINDS[kind].memberRoleChangedAction,
      targetType: kind === 'ORGANIZATION' ? 'MEMBERSHIP' : 'CERTIFICATION_CENTER_MEMBERSHIP',
      targetId: target.id,
      organizationId,
      before: { userId: target.userId, role: target.role, teamId: target.teamId },
      after: after && { userId: after.userId, role: after.role, teamId: after.teamId },
      comment,
    });
    return after;
  });
}
