import type { EntityManager } from '@mikro-orm/postgresql';
import { auditComment, recordAuditEntry } from '../../audit-log';
import type { Viewer } from '../../identity-access-management';
import { DomainError, ErrorCode, ForbiddenError, NotFoundError, TooManyAttemptsError } from '../../shared/domain/errors';
import { translate } from '../../shared/i18n/translate';
import { assertValidEmail, assertValidName } from '../../identity-access-management';
import type { IamDependencies } from '../../identity-access-management';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { assertValidUai } from '../../organizational-entities';
import { OrganizationRepository } from '../../organizational-entities';
import { INVITATION_RULES, mergedRole, normalizeInvitationCode, roleOnAcceptance, type MembershipRoleName } from '../domain/invitation-rules';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { MembershipRepository, type MembershipRow } from '../infrastructure/membership.repository';

export class InvitationInvalidError extends DomainError {
  constructor() {
    super(ErrorCode.INVITATION_INVALID, 'errors.invitationInvalid');
  }
}

/** A membership is given by someone else: an invitation may not be accepted by the person who sent it. */
export class InvitationSelfAcceptError extends DomainError {
  constructor() {
    super(ErrorCode.INVITATION_SELF_ACCEPT, 'errors.invitationSelfAccept');
  }
}

const membershipSnapshot = (row: MembershipRow) => ({ userId: row.userId, role: row.role });

/**
 * Platform staff add an existing account to an organisation with a role, or change the role of a
 * member (support when a school is stuck): a named staff operation, recorded in the audit log with
 * the membership before and after. Staff never add themselves: another member of the team does.
 */
export async function addOrganizationMember(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock'>,
  viewer: Viewer,
  input: { organizationId: number; email: string; role: MembershipRoleName; comment?: string | null },
): Promise<MembershipRow> {
  const email = assertValidEmail(input.email);
  const comment = auditComment(input.comment);
  if (!(await new OrganizationRepository(em).findById(input.organizationId))) throw new NotFoundError('errors.organizationUnknown');
  const user = await knexOf(em)('users').where({ email }).first('id');
  if (!user) throw new NotFoundError('errors.accountUnknown');
  if (user.id === viewer.userId) throw new ForbiddenError('errors.staffSelfMembership');
  return em.transactional(async (tem) => {
    const memberships = new MembershipRepository(tem);
    const before = await memberships.find(input.organizationId, user.id);
    const after = await memberships.upsert(input.organizationId, user.id, input.role);
    await recordAuditEntry(tem, deps.clock, {
      actorUserId: viewer.userId,
      action: 'ORGANIZATION_MEMBER_ADDED',
      targetType: 'MEMBERSHIP',
      targetId: after.id,
      organizationId: input.organizationId,
      before: before && membershipSnapshot(before),
      after: membershipSnapshot(after),
      comment,
    });
    return after;
  });
}

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
  const school = await new OrganizationRepository(em).findActiveSchoolByUai(uai);
  if (!school?.email) throw new NotFoundError('errors.uaiUnknown');
  // UAIs are public: what is limited per school is the e-mail its mailbox receives.
  await throttle.admit({ rule: rules.activationSchool, key: uai });
  await em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem).createOrRenew({
      organizationId: school.id,
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

/**
 * A logged-in person accepts an invitation with its code: single use, before it expires, and not by
 * the person who sent it (refused, the invitation stays usable by its addressee). Codes tried are
 * counted per account before the look-up (a found one is given back), as log-ins are.
 */
export async function acceptOrganizationInvitation(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock' | 'throttle'>,
  input: { userId: number; code: string },
): Promise<MembershipRow> {
  const attempt = await new Throttle(em, deps.clock).admit({ rule: throttleRules(deps.throttle).invitationCodeAccount, key: String(input.userId) });
  const membership = await em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem).consume(normalizeInvitationCode(input.code), deps.clock.now());
    if (!invitation) throw new InvitationInvalidError();
    if (invitation.invitedByUserId === input.userId) throw new InvitationSelfAcceptError();
    const memberships = new MembershipRepository(tem);
    const role = roleOnAcceptance(invitation.role, (await memberships.countOf(invitation.organizationId)) > 0);
    const current = await memberships.find(invitation.organizationId, input.userId);
    return memberships.upsert(invitation.organizationId, input.userId, mergedRole(current?.role ?? null, role));
  });
  await attempt.succeeded();
  return membership;
}
