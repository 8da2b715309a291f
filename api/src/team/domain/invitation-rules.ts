/** Invitations (domain.md §4): a 10-letter upper-case code, single use, 7 days (configurable). */
export const INVITATION_RULES = {
  codeLength: 10,
  codeAlphabet: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  expiryDays: 7,
} as const;

export type MembershipRoleName = 'ADMIN' | 'MEMBER';

/** The role given on acceptance: the invitation's, or ADMIN for the first member of an organisation. */
export function roleOnAcceptance(invitationRole: MembershipRoleName, organizationHasMembers: boolean): MembershipRoleName {
  return organizationHasMembers ? invitationRole : 'ADMIN';
}

/** A member keeps the higher of their current role and the invitation's. */
export function mergedRole(current: MembershipRoleName | null, offered: MembershipRoleName): MembershipRoleName {
  return current === 'ADMIN' || offered === 'ADMIN' ? 'ADMIN' : 'MEMBER';
}

export function normalizeInvitationCode(code: string): string {
  return code.trim().toUpperCase();
}
