import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { InvitationRow, TeamKind } from '../domain/team';
import { assertTeamAdminOrSupportReader } from './team-admin';
import type { TeamRepositories } from './team-repositories';

/** A team's invitations still usable (pending, not expired), most recent first: its administrators and the support team. */
export async function listPendingInvitations(
  repositories: Pick<TeamRepositories, 'memberships' | 'invitations'>,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  kind: TeamKind,
  teamId: number,
): Promise<InvitationRow[]> {
  await assertTeamAdminOrSupportReader(repositories, viewer, kind, teamId);
  return repositories.invitations[kind].pendingOf(teamId, deps.clock.now());
}
