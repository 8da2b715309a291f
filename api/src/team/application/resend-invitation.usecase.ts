import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { InvitationRow, TeamKind } from '../domain/team';
import { invitationExpiry, sendInvitation } from './invitation-mail';
import { pendingInvitationForAdmin } from './pending-invitation';
import type { TeamRepositories } from './team-repositories';

/** Sends a pending invitation again, with a new expiry (an administrator of its team). */
export async function resendInvitation(
  repositories: TeamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'publicUrl'>,
  viewer: Viewer,
  kind: TeamKind,
  invitationId: number,
): Promise<InvitationRow> {
  const { team, invitation: pending } = await pendingInvitationForAdmin(repositories, viewer, kind, invitationId);
  return repositories.transaction(async (tx) => {
    const invitation = await tx.invitations[kind].createOrRenew({
      teamId: team.id,
      email: pending.email,
      role: pending.role,
      expiresAt: invitationExpiry(deps),
      now: deps.clock.now(),
      invitedByUserId: viewer.userId,
    });
    await sendInvitation(tx, deps, kind, team, invitation);
    return invitation;
  });
}
