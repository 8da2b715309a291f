import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../identity-access-management';
import { NotFoundError } from '../../shared/domain/errors';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { assertOrganizationAdmin } from './organization-admin';

/** A pending invitation and its organisation, for one of its administrators. */
export async function pendingInvitationForAdmin(em: EntityManager, viewer: Viewer, invitationId: number) {
  const invitation = await new InvitationRepository(em).findPending(invitationId);
  if (!invitation) throw new NotFoundError('errors.invitationUnknown');
  const organization = await assertOrganizationAdmin(em, viewer, invitation.organizationId);
  return { organization, invitation };
}
