import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { InvitationRow, TeamKind } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { invitationExpiry, sendInvitation } from './invitation-mail';
import { pendingInvitationForAdmin } from './pending-invitation';

/** Sends a pending invitation again, with a new expiry (an administrator of its team). */
export async function resendInvitation(em: EntityManager, deps: IamDependencies, viewer: Viewer, kind: TeamKind, invitationId: number): Promise<InvitationRow> {
  const { team, invitation: pending } = await pendingInvitationForAdmin(em, viewer, kind, invitationId);
  return em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem, kind).createOrRenew({
      teamId: team.id,
      email: pending.email,
      role: pending.role,
      expiresAt: invitationExpiry(deps),
      now: deps.clock.now(),
      invitedByUserId: viewer.userId,
    });
    await sendInvitation(tem, deps, kind, team, invitation);
    return invitation;
  });
}
