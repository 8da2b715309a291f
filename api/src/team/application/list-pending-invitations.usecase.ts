import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies, Viewer } from '../../identity-access-management';
import type { InvitationRow, TeamKind } from '../domain/team';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { assertTeamAdminOrSupportReader } from './team-admin';

/** A team's invitations still usable (pending, not expired), most recent first: its administrators and the support team. */
export async function listPendingInvitations(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  kind: TeamKind,
  teamId: number,
): Promise<InvitationRow[]> {
  await assertTeamAdminOrSupportReader(em, viewer, kind, teamId);
  return new InvitationRepository(em, kind).pendingOf(teamId, deps.clock.now());
}
