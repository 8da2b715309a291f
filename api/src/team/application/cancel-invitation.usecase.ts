import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies, Viewer } from '../../identity-access-management';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { pendingInvitationForAdmin } from './pending-invitation';

/** Cancels a pending invitation (an administrator of its organisation). */
export async function cancelInvitation(em: EntityManager, deps: Pick<IamDependencies, 'clock'>, viewer: Viewer, invitationId: number): Promise<boolean> {
  await pendingInvitationForAdmin(em, viewer, invitationId);
  await new InvitationRepository(em).cancel(invitationId, deps.clock.now());
  return true;
}
