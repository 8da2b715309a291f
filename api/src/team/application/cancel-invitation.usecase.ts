import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { TeamKind } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { pendingInvitationForAdmin } from './pending-invitation';

/** Cancels a pending invitation (an administrator of its team). */
export async function cancelInvitation(em: EntityManager, deps: Pick<IamDependencies, 'clock'>, viewer: Viewer, kind: TeamKind, invitationId: number): Promise<boolean> {
  await pendingInvitationForAdmin(em, viewer, kind, invitationId);
  await new InvitationRepository(em, kind).cancel(invitationId, deps.clock.now());
  return true;
}
