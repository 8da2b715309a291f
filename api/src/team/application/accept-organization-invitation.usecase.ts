import type { IamDependencies } from '../../identity-access-management';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { mergedRole, normalizeInvitationCode, roleOnAcceptance } from '../domain/invitation-rules';
import { organizationMembership, type MembershipRow, type TeamKind, type TeamMembershipRow } from '../domain/team';
import { InvitationInvalidError, InvitationSelfAcceptError } from '../domain/team-errors';
import type { TeamRepositories } from './team-repositories';

/**
 * A logged-in person accepts an invitation to a team with its code: single use, before it expires,
 * and not by the person who sent it (refused, the invitation stays usable by its addressee). Codes
 * tried are counted per account before the look-up (a found one is given back), as log-ins are.
 */
export async function acceptTeamInvitation(
  repositories: TeamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'throttle'>,
  kind: TeamKind,
  input: { userId: number; code: string },
): Promise<TeamMembershipRow> {
  const attempt = await repositories.throttle.admit({ rule: throttleRules(deps.throttle).invitationCodeAccount, key: String(input.userId) });
  const membership = await repositories.transaction(async (tx) => {
    const invitation = await tx.invitations[kind].consume(normalizeInvitationCode(input.code), deps.clock.now());
    if (!invitation) throw new InvitationInvalidError();
    if (invitation.invitedByUserId === input.userId) throw new InvitationSelfAcceptError();
    const memberships = tx.memberships[kind];
    const role = roleOnAcceptance(invitation.role, (await memberships.countOf(invitation.teamId)) > 0);
    const current = await memberships.find(invitation.teamId, input.userId);
    return memberships.upsert(invitation.teamId, input.userId, mergedRole(current?.role ?? null, role));
  });
  await attempt.succeeded();
  return membership;
}

export async function acceptOrganizationInvitation(
  repositories: TeamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'throttle'>,
  input: { userId: number; code: string },
): Promise<MembershipRow> {
  return organizationMembership(await acceptTeamInvitation(repositories, deps, 'ORGANIZATION', input));
}
