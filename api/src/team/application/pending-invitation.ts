import type { Viewer } from '../../identity-access-management';
import { NotFoundError } from '../../shared/domain/errors';
import type { TeamKind } from '../domain/team';
import { assertTeamAdmin } from './team-admin';
import type { TeamRepositories } from './team-repositories';

/** A pending invitation and its team, for one of the team's administrators. */
export async function pendingInvitationForAdmin(repositories: Pick<TeamRepositories, 'memberships' | 'invitations'>, viewer: Viewer, kind: TeamKind, invitationId: number) {
  const invitation = await repositories.invitations[kind].findPending(invitationId);
  if (!invitation) throw new NotFoundError('errors.invitationUnknown');
  const team = await assertTeamAdmin(repositories, viewer, kind, invitation.teamId);
  return { team, invitation };
}
