import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { TeamKind } from '../domain/team';
import { pendingInvitationForAdmin } from './pending-invitation';
import type { TeamRepositories } from './team-repositories';

/** Cancels a pending invitation (an administrator of its team). */
export async function cancelInvitation(
  repositories: TeamRepositories,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  kind: TeamKind,
  invitationId: number,
): Promise<boolean> {
  await pendingInvitationForAdmin(repositories, viewer, kind, invitationId);
  await repositories.invitations[kind].cancel(invitationId, deps.clock.now());
  return true;
}
