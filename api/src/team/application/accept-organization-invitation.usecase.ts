import type { EntityManager } from '@mikro-orm/postgresql';
import type { IamDependencies } from '../../identity-access-management';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { mergedRole, normalizeInvitationCode, roleOnAcceptance } from '../domain/invitation-rules';
import { organizationMembership, type MembershipRow, type TeamKind, type TeamMembershipRow } from '../domain/team';
import { InvitationInvalidError, InvitationSelfAcceptError } from '../domain/team-errors';
import { InvitationRepository } from '../infrastructure/invitation.repository';
import { MembershipRepository } from '../infrastructure/membership.repository';

/**
 * A logged-in person accepts an invitation to a team with its code: single use, before it expires,
 * and not by the person who sent it (refused, the invitation stays usable by its addressee). Codes
 * tried are counted per account before the look-up (a found one is given back), as log-ins are.
 */
export async function acceptTeamInvitation(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock' | 'throttle'>,
  kind: TeamKind,
  input: { userId: number; code: string },
): Promise<TeamMembershipRow> {
  const attempt = await new Throttle(em, deps.clock).admit({ rule: throttleRules(deps.throttle).invitationCodeAccount, key: String(input.userId) });
  const membership = await em.transactional(async (tem) => {
    const invitation = await new InvitationRepository(tem, kind).consume(normalizeInvitationCode(input.code), deps.clock.now());
    if (!invitation) throw new InvitationInvalidError();
    if (invitation.invitedByUserId === input.userId) throw new InvitationSelfAcceptError();
    const memberships = new MembershipRepository(tem, kind);
    const role = roleOnAcceptance(invitation.role, (await memberships.countOf(invitation.teamId)) > 0);
    const current = await memberships.find(invitation.teamId, input.userId);
    return memberships.upsert(invitation.teamId, input.userId, mergedRole(current?.role ?? null, role));
  });
  await attempt.succeeded();
  return membership;
}

export async function acceptOrganizationInvitation(
  em: EntityManager,
  deps: Pick<IamDependencies, 'clock' | 'throttle'>,
  input: { userId: number; code: string },
): Promise<MembershipRow> {
  return organizationMembership(await acceptTeamInvitation(em, deps, 'ORGANIZATION', input));
}
