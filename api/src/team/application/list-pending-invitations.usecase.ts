import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { InvitationRow } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { assertOrganizationAdminOrSupportReader } from './organization-admin';

/** An organisation's invitations still usable (pending, not expired), most recent first: its administrators and the support team. */
export async function listPendingInvitations(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  organizationId: number,
): Promise<InvitationRow[]> {
  await assertOrganizationAdminOrSupportReader(em, viewer, organizationId);
  return new InvitationRepository(em).pendingOf(organizationId, deps.clock.now());
}
