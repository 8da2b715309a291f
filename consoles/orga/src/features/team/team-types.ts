import type { InvitationFieldsFragment, TeamMembersQuery } from '../../__generated__/graphql';

export type TeamMember = TeamMembersQuery['organization']['memberships'][number];
export type TeamInvitation = InvitationFieldsFragment;

export const fullName = (member: TeamMember) => `${member.user.firstName} ${member.user.lastName}`;

/** Members by last name, then first name (French collation). */
export function sortMembers(members: readonly TeamMember[]): TeamMember[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return [...members].sort(
    (a, b) => collator.compare(a.user.lastName, b.user.lastName) || collator.compare(a.user.firstName, b.user.firstName),
  );
}
