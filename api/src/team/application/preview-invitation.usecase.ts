import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies } from '../../identity-access-management';
import { normalizeInvitationCode } from '../domain/invitation-rules';
import type { InvitationPreview, TeamKind } from '../domain/team';
import { InvitationInvalidError } from '../domain/team-errors';
import { InvitationRepository } from '../infrastructure/invitation.repository';

/** What a join page shows before accepting (the code is the secret): the team's name and the role. */
export async function previewInvitation(em: EntityManager, deps: Pick<IamDependencies, 'clock'>, kind: TeamKind, code: string): Promise<InvitationPreview> {
  const preview = await new InvitationRepository(em, kind).previewByCode(normalizeInvitationCode(code), deps.clock.now());
  if (!preview) throw new InvitationInvalidError();
  return preview;
}
