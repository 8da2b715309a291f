import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, DomainError, ErrorCode, ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import { translate } from '../../shared/i18n/translate';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { isEmail, normalizeEmail } from '../../identity-access-management';
import type { IamDependencies } from '../../identity-access-management';
import type { Viewer } from '../../identity-access-management';
import { OrganizationRepository, type OrganizationRow } from '../../organizational-entities';
import { isSupportStaff } from './organization-access';
import { INVITATION_RULES, type MembershipRoleName } from '../domain/invitation-rules';
import { InvitationRepository, type InvitationRow } from '../infrastructure/invitation.repository';
import { MembershipRepository, type MembershipRow } from '../infrastructure/membership.repository';

export class LastAdminError extends DomainError {
  constructor() {
    super(ErrorCode.LAST_ADMIN, 'errors.lastAdmin');
  }
}

const MAX_INVITED_AT_ONCE = 50;

async function existingOrganization(em: EntityManager, organizationId: number): Promise<OrganizationRow> {
  const organization = await new OrganizationRepository(em).findById(organizationId);
  if (!organization) throw new NotFoundError('errors.organizationUnknown');
  return organization;
}

/**
 * Administrators of the organisation act in its name: its team, its pupils' accounts, its SIECLE
 * imports. A real membership is required: the platform team reads a school's data but never acts
 * through the school's own operations (its actions are named staff operations, audited).
 */
export async function assertOrganizationAdmin(em: EntityManager, viewer: Viewer, organizationId: number): Promise<OrganizationRow> {
  const organization = await existingOrganization(em, organizationId);
  const membership = await new MembershipRepository(em).find(organizationId, viewer.userId);
  if (membership?.role !== 'ADMIN') throw new ForbiddenError();
  return organization;
}

/** What the administrators see of their organisation's business (pending invitations, imports): the support team reads it too. */
export async function assertOrganizationAdminOrSupportReader(em: EntityManager, viewer: Viewer, organizationId: number): Promise<OrganizationRow> {
  if (isSupportStaff(viewer)) return existingOrganization(em, organizationId);
  return assertOrganizationAdmin(em, viewer, organizationId);
}

/** Parses the addresses typed by an administrator (commas, semicolons, spaces, new lines). */
export function parseInvitedEmails(emails: string[]): string[] {
  const all = emails.flatMap((e) => e.split(/[,;\s]+/)).map(normalizeEmail).filter(Boolean);
  if (!all.length) throw new BadUserInputError('emails', 'errors.field.emailsEmpty');
  const wrong = all.find((e) => !isEmail(e));
  if (wrong) throw new BadUserInputError('emails', 'errors.field.emailInList', { email: wrong });
  const unique = [...new Set(all)];
  if (unique.length > MAX_INVITED_AT_ONCE) throw new BadUserInputError('emails', 'errors.field.emailsTooMany', { max: MAX_INVITED_AT_ONCE });
  return unique;
}

async function sendInvitation(em: EntityManager, deps: IamDependencies, organization: OrganizationRow, invitation: InvitationRow) {
  const params = {
    organization: organization.name,
    role: invitation.role === 'ADMIN' ? 'administrateur' : 'membre',
    days: INVITATION_RULES.expiryDays,
    link: `${deps.publicUrl}/orga/rejoindre?code=${invitation.code}`,
  };
  await deps.mailer.send(
    { to: invitation.email, subject: translate('mail.organizationInvitation.subject', params), text: translate('mail.organizationInvitation.text', params) },
    em,
  );
}

const expiry = (deps: IamDependencies) => new Date(deps.clock.now().getTime() + INVITATION_RULES.expiryDays * 24 * 3600 * 1000);

/** Invites several people at once; the same e-mail invited again gets its invitation renewed and resent. */
export async function inviteMembers(
  em: EntityManager,
  deps: IamDependencies,
  viewer: Viewer,
  input: { organizationId: number; emails: string[]; role: MembershipRoleName },
): Promise<InvitationRow[]> {
  const organization = await assertOrganizationAdmin(em, viewer, input.organizationId);
  const emails = parseInvitedEmails(input.emails);
  return em.transactional(async (tem) => {
    const invitations: InvitationRow[] = [];
    for (const email of emails) {
      const invitation = await new InvitationRepository(tem).createOrRenew({
        organizationId: organization.id,
        email,
        role: input.role,
        expiresAt: expiry(deps),
        now: deps.clock.now(),
        invitedByUserId: viewer.userId,
      });
      await sendInvitation(tem, deps, organization, invitation);
      invitations.push(invitation);
    }
    return invitations;
  });
}

async function pendingInvitation(em: EntityManager, viewer: Viewer, invitationId: number) {
  const row = await knexOf(em)('organization_invitations').where({ id: invitationId, status: 'PENDING' }).first();
  if (!row) throw new NotFoundError('errors.invitationUnknown');
  const organization = await assertOrganizationAdmin(em, viewer, row.organization_id);
  return { organization, row };
}

export async function resendInvitation(em: EntityManager, deps: IamDependencies, viewer: Viewer, invitationId: number): Promise<InvitationRow> {
  const { organization, row } = await pendingInvitation(em, viewer, invitationId);
  return em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem).createOrRenew({
      organizationId: organization.id,
      email: row.email,
      role: row.role,
      expiresAt: expiry(deps),
      now: deps.clock.now(),
      invitedByUserId: viewer.userId,
    });
    await sendInvitation(tem, deps, organization, invitation);
    return invitation;
  });
}

export async function cancelInvitation(em: EntityManager, deps: IamDependencies, viewer: Viewer, invitationId: number): Promise<boolean> {
  await pendingInvitation(em, viewer, invitationId);
  await knexOf(em)('organization_invitations').where({ id: invitationId }).update({ status: 'CANCELLED', updated_at: deps.clock.now() });
  return true;
}

/**
 * Changes a member's role, or removes them (an administrator; a member may leave). The organisation's
 * memberships are locked so that two administrators demoting each other cannot leave none.
 */
export async function changeMembership(
  em: EntityManager,
  viewer: Viewer,
  input: { membershipId: number; role: MembershipRoleName | null },
): Promise<MembershipRow | null> {
  return em.transactional(async (tem) => {
    const target = await knexOf(tem)('memberships').where({ id: input.membershipId }).first();
    if (!target) throw new NotFoundError();
    const leaving = input.role === null && target.user_id === viewer.userId;
    if (!leaving) await assertOrganizationAdmin(tem, viewer, target.organization_id);
    const members = await knexOf(tem)('memberships').where({ organization_id: target.organization_id }).forUpdate().select('id', 'role');
    const adminsAfter = members.filter((m: { id: number; role: string }) => (m.id === target.id ? input.role === 'ADMIN' : m.role === 'ADMIN')).length;
    if (target.role === 'ADMIN' && adminsAfter === 0) throw new LastAdminError();
    if (input.role === null) {
      await knexOf(tem)('memberships').where({ id: target.id }).delete();
      return null;
    }
    const [row] = await knexOf(tem)('memberships').where({ id: target.id }).update({ role: input.role }).returning('*');
    return { id: row.id, organizationId: row.organization_id, userId: row.user_id, role: row.role };
  });
}

/** What a join page shows before accepting (the code is the secret): the organisation's name and the role. */
export async function invitationByCode(em: EntityManager, deps: Pick<IamDependencies, 'clock'>, code: string) {
  const row = await knexOf(em)('organization_invitations as i')
    .join('organizations as o', 'o.id', 'i.organization_id')
    .where({ 'i.code': code.trim().toUpperCase(), 'i.status': 'PENDING' })
    .where('i.expires_at', '>', deps.clock.now())
    .first('o.name', 'i.role');
  return row ? { organizationName: row.name as string, role: row.role as MembershipRoleName } : null;
}

/** Invitations still usable (pending, not expired), most recent first. */
export async function pendingInvitationsOf(em: EntityManager, organizationId: number, now: Date): Promise<InvitationRow[]> {
  const rows = await knexOf(em)('organization_invitations')
    .where({ organization_id: organizationId, status: 'PENDING' })
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc');
  return rows.map((r: any) => ({
    id: r.id,
    organizationId: r.organization_id,
    email: r.email,
    code: r.code,
    role: r.role,
    status: r.status,
    expiresAt: new Date(r.expires_at),
    createdAt: new Date(r.created_at),
    invitedByUserId: r.invited_by_user_id ?? null,
  }));
}
