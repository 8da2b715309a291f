import type { IamDependencies } from '../../identity-access-management';
import { translate } from '../../shared/i18n/translate';
import { INVITATION_RULES } from '../domain/invitation-rules';
import { TEAM_KINDS, type InvitationRow, type TeamKind, type TeamRef } from '../domain/team';
import type { TeamRepositories } from './team-repositories';

/** The e-mail of an invitation sent by an administrator, in the caller's transaction (the outbox: `repositories` of the transaction). */
export async function sendInvitation(
  repositories: Pick<TeamRepositories, 'mail'>,
  deps: Pick<IamDependencies, 'publicUrl'>,
  kind: TeamKind,
  team: TeamRef,
  invitation: InvitationRow,
) {
  const { mailKey, joinPath } = TEAM_KINDS[kind];
  const params = {
    organization: team.name,
    role: invitation.role === 'ADMIN' ? 'administration' : 'membre',
    days: INVITATION_RULES.expiryDays,
    link: `${deps.publicUrl}${joinPath}?code=${invitation.code}`,
  };
  await repositories.mail.send({ to: invitation.email, subject: translate(`${mailKey}.subject`, params), text: translate(`${mailKey}.text`, params) });
}

export const invitationExpiry = (deps: Pick<IamDependencies, 'clock'>) =>
  new Date(deps.clock.now().getTime() + INVITATION_RULES.expiryDays * 24 * 3600 * 1000);
