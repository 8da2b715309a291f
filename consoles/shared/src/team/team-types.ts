import type { TeamMemberUserFragment } from '../__generated__/graphql';

/**
 * A team's people, as the shared "Équipe" page shows them: the members and pending invitations of
 * an organisation (Pix Orga) or of a certification centre (Pix Certif), from the same API mechanics.
 * Each console names its texts under `console.team.*` and `console.roles.*` (an organisation's and a
 * centre's wording differ).
 */
export type TeamRole = 'ADMIN' | 'MEMBER';

export interface TeamMember {
  id: string;
  role: TeamRole;
  /** The shared fragment TeamMemberUser (team.graphql.ts) that both consoles' documents spread. */
  user: TeamMemberUserFragment;
}

export interface TeamInvitation {
  id: string;
  email: string;
  role: TeamRole;
  createdAt: string;
  expiresAt: string;
}

export const fullName = (member: TeamMember) => `${member.user.firstName} ${member.user.lastName}`;

/** Members by last name, then first name (French collation). */
export function sortMembers<T extends TeamMember>(members: readonly T[]): T[] {
  const collator = new Intl.Collator('fr', { sensitivity: 'base' });
  return [...members].sort((a, b) => collator.compare(a.user.lastName, b.user.lastName) || collator.compare(a.user.firstName, b.user.firstName));
}
