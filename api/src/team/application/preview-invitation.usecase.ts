import type { IamDependencies } from '../../identity-access-management';
import { normalizeInvitationCode } from '../domain/invitation-rules';
import type { InvitationPreview, TeamKind } from '../domain/team';
import { InvitationInvalidError } from '../domain/team-errors';
import type { TeamRepositories } from './team-repositories';

/** What a join page shows before accepting (the code is the secret): the team's name and the role. */
export async function previewInvitation(
  repositories: Pick<TeamRepositories, 'invitations'>,
  deps: Pick<IamDependencies, 'clock'>,
  kind: TeamKind,
  code: string,
): Promise<InvitationPreview> {
  const preview = await repositories.invitations[kind].previewByCode(normalizeInvitationCode(code), deps.clock.now());
  if (!preview) throw new InvitationInvalidError();
  return preview;
}
