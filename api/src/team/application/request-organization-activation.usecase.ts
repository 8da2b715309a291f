import { type IamDependencies } from '../../identity-access-management';
import { assertValidName } from '../../shared/domain/account-rules';
import { assertValidUai } from '../../organizational-entities';
import { NotFoundError } from '../../shared/domain/errors';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { translate } from '../../shared/i18n/translate';
import { INVITATION_RULES } from '../domain/invitation-rules';
import type { TeamRepositories } from './team-repositories';

/**
 * Anyone may ask (public operation), throttled per address (every request, counted before the UAI is
 * looked up) and per school (the e-mails its mailbox receives). The UAI must match one active school
 * with a contact address; an ADMIN invitation goes to that address only. The e-mail carries none of the
 * requester's text (their names are free text: next to an administrator link they could pose as the
 * platform's instructions). The answer says nothing of the address nor of who administers the space.
 */
export async function requestOrganizationActivation(
  repositories: TeamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'throttle' | 'publicUrl'>,
  input: { uai: string; firstName: string; lastName: string },
  address: string,
): Promise<boolean> {
  const now = deps.clock.now();
  const uai = assertValidUai(input.uai);
  assertValidName(input.firstName, 'firstName');
  assertValidName(input.lastName, 'lastName');
  const rules = throttleRules(deps.throttle);
  await repositories.throttle.admit({ rule: rules.activationAddress, key: address });
  const school = await repositories.schools.activeByUai(uai);
  if (!school?.email) throw new NotFoundError('errors.uaiUnknown');
  // UAIs are public: what is limited per school is the e-mail its mailbox receives.
  await repositories.throttle.admit({ rule: rules.activationSchool, key: uai });
  await repositories.transaction(async (tx) => {
    const invitation = await tx.invitations.ORGANIZATION.createOrRenew({
      teamId: school.id,
      email: school.email!,
      role: 'ADMIN',
      expiresAt: new Date(now.getTime() + INVITATION_RULES.expiryDays * 24 * 3600 * 1000),
      now,
      invitedByUserId: null,
    });
    const link = `${deps.publicUrl}/orga/rejoindre?code=${invitation.code}`;
    const params = { organization: school.name, uai, link, days: INVITATION_RULES.expiryDays };
    await tx.mail.send({ to: school.email!, subject: translate('mail.organizationActivation.subject', params), text: translate('mail.organizationActivation.text', params) });
  });
  return true;
}
