import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../identity-access-management';
import { NotFoundError } from '../../shared/domain/errors';
import type { TeamKind } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { assertTeamAdmin } from './team-admin';

/** A pending invitation and its team, for one of the team's administrators. */
export async function pendingInvitationForAdmin(em: EntityManager, viewer: Viewer, kind: TeamKind, invitationId: number) {
  const invitation = await new InvitationRepository(em, kind).findPending(invitationId);
  if (!invitation) throw new NotFoundError('errors.invitationUnknown');
  const team = await assertTeamAdmin(em, viewer, kind, invitation.teamId);
  return { team, invitation };
}
