import { auditComment } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import { assertValidEmail } from '../../shared/domain/account-rules';
import { ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import type { MembershipRoleName } from '../domain/invitation-rules';
import { organizationMembership, TEAM_KINDS, type MembershipRow, type TeamKind, type TeamMembershipRow } from '../domain/team';
import { existingTeam } from './team-admin';
import type { TeamRepositories } from './team-repositories';

const membershipSnapshot = (row: TeamMembershipRow) => ({ userId: row.userId, role: row.role });

/**
 * Platform staff add an existing account to a team with a role, or change the role of a member
 * (support when a school or a centre is stuck): a named staff operation, recorded in the audit log
 * with the membership before and after, under the school concerned (`auditOrganizationId`: the
 * organisation itself, or the school of a SCO centre). Staff never add themselves.
 */
export async function addTeamMember(
  repositories: TeamRepositories,
  viewer: Viewer,
  kind: TeamKind,
  input: { teamId: number; email: string; role: MembershipRoleName; comment?: string | null; auditOrganizationId: number | null },
): Promise<TeamMembershipRow> {
  const email = assertValidEmail(input.email);
  const comment = auditComment(input.comment);
  await existingTeam(repositories, kind, input.teamId);
  const userId = await repositories.accounts.idByEmail(email);
  if (!userId) throw new NotFoundError('errors.accountUnknown');
  if (userId === viewer.userId) throw new ForbiddenError('errors.staffSelfMembership');
  return repositories.transaction(async (tx) => {
    const memberships = tx.memberships[kind];
    const before = await memberships.find(input.teamId, userId);
    const after = await memberships.upsert(input.teamId, userId, input.role);
    await tx.audit.record({
      actorUserId: viewer.userId,
      action: TEAM_KINDS[kind].memberAddedAction,
      targetType: kind === 'ORGANIZATION' ? 'MEMBERSHIP' : 'CERTIFICATION_CENTER_MEMBERSHIP',
      targetId: after.id,
      organizationId: input.auditOrganizationId,
      before: before && membershipSnapshot(before),
      after: { ...membershipSnapshot(after), ...(kind === 'ORGANIZATION' ? {} : { certificationCenterId: input.teamId }) },
      comment,
    });
    return after;
  });
}

export async function addOrganizationMember(
  repositories: TeamRepositories,
  viewer: Viewer,
  input: { organizationId: number; email: string; role: MembershipRoleName; comment?: string | null },
): Promise<MembershipRow> {
  const { organizationId, ...rest } = input;
  return organizationMembership(await addTeamMember(repositories, viewer, 'ORGANIZATION', { ...rest, teamId: organizationId, auditOrganizationId: organizationId }));
}
