import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies } from '../../identity-access-management';
import type { OrganizationRow } from '../../organizational-entities';
import { translate } from '../../shared/i18n/translate';
import { INVITATION_RULES } from '../domain/invitation-rules';
import type { InvitationRow } from '../domain/team';

/** The e-mail of an invitation sent by an administrator, in the caller's transaction (the outbox). */
export async function sendInvitation(em: EntityManager, deps: IamDependencies, organization: OrganizationRow, invitation: InvitationRow) {
  const params = {
    organization: organization.name,
    role: invitation.role === 'ADMIN' ? 'administration' : 'membre',
    days: INVITATION_RULES.expiryDays,
    link: `${deps.publicUrl}/orga/rejoindre?code=${invitation.code}`,
  };
  await deps.mailer.send(
    { to: invitation.email, subject: translate('mail.organizationInvitation.subject', params), text: translate('mail.organizationInvitation.text', params) },
    em,
  );
}

export const invitationExpiry = (deps: Pick<IamDependencies, 'clock'>) =>
  new Date(deps.clock.now().getTime() + INVITATION_RULES.expiryDays * 24 * 3600 * 1000);
