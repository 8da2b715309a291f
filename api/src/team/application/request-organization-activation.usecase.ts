import type { EntityManager } from '@mikro-orm/postgresql';
import { type IamDependencies } from '../../identity-access-management';
import { assertValidName } from '../../shared/domain/account-rules';
import { assertValidUai, findActiveSchoolByUai } from '../../organizational-entities';
import { NotFoundError } from '../../shared/domain/errors';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { translate } from '../../shared/i18n/translate';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { INVITATION_RULES } from '../domain/invitation-rules';
import { InvitationRepository } from '../infrastructure/invitation.repository';

/**
 * Anyone may ask (public operation), throttled per address (every request, counted before the UAI is
 * looked up) and per school (the e-mails its mailbox receives). The UAI must match one active school
 * with a contact address; an ADMIN invitation goes to that address only. The e-mail carries none of the
 * requester's text (their names are free text: next to an administrator link they could pose as the
 * platform's instructions). The answer says nothing of the address nor of who administers the space.
 */
export async function requestOrganizationActivation(
  em: EntityManager,
  deps: IamDependencies,
  input: { uai: string; firstName: string; lastName: string },
  address: string,
): Promise<boolean> {
  const now = deps.clock.now();
  const uai = assertValidUai(input.uai);
  assertValidName(input.firstName, 'firstName');
  assertValidName(input.lastName, 'lastName');
  const rules = throttleRules(deps.throttle);
  const throttle = new Throttle(em, deps.clock);
  await throttle.admit({ rule: rules.activationAddress, key: address });
  const school = await findActiveSchoolByUai(em, uai);
  if (!school?.email) throw new NotFoundError('errors.uaiUnknown');
  // UAIs are public: what is limited per school is the e-mail its mailbox receives.
  await throttle.admit({ rule: rules.activationSchool, key: uai });
  await em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem).createOrRenew({
      teamId: school.id,
      email: school.email!,
      role: 'ADMIN',
      expiresAt: new Date(now.getTime() + INVITATION_RULES.expiryDays * 24 * 3600 * 1000),
      now,
      invitedByUserId: null,
    });
    const link = `${deps.publicUrl}/orga/rejoindre?code=${invitation.code}`;
    const params = { organization: school.name, uai, link, days: INVITATION_RULES.expiryDays };
    await deps.mailer.send(
      { to: school.email!, subject: translate('mail.organizationActivation.subject', params), text: translate('mail.organizationActivation.text', params) },
      tem,
    );
  });
  return true;
}
