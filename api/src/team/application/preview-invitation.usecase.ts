import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies } from '../../identity-access-management';
import type { InvitationPreview } from '../domain/team';
import { InvitationInvalidError } from '../domain/team-errors';
import { InvitationRepository } from '../infrastructure/invitation.repository';

/** What a join page shows before accepting (the code is the secret): the organisation's name and the role. */
export async function previewInvitation(em: EntityManager, deps: Pick<IamDependencies, 'clock'>, code: string): Promise<InvitationPreview> {
  const preview = await new InvitationRepository(em).previewByCode(code.trim().toUpperCase(), deps.clock.now());
  if (!preview) throw new InvitationInvalidError();
  return preview;
}
