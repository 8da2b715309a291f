import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { InvitationRow } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { invitationExpiry, sendInvitation } from './invitation-mail';
import { pendingInvitationForAdmin } from './pending-invitation';

/** Sends a pending invitation again, with a new expiry (an administrator of its organisation). */
export async function resendInvitation(em: EntityManager, deps: IamDependencies, viewer: Viewer, invitationId: number): Promise<InvitationRow> {
  const { organization, invitation: pending } = await pendingInvitationForAdmin(em, viewer, invitationId);
  return em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem).createOrRenew({
      organizationId: organization.id,
      email: pending.email,
      role: pending.role,
      expiresAt: invitationExpiry(deps),
      now: deps.clock.now(),
      invitedByUserId: viewer.userId,
    });
    await sendInvitation(tem, deps, organization, invitation);
    return invitation;
  });
}
