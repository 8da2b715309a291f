import type { MembershipRoleName } from './invitation-rules';

/** A person's place in an organisation. */
export interface MembershipRow {
  id: number;
  organizationId: number;
  userId: number;
  role: MembershipRoleName;
}

/** An invitation to join an organisation (domain.md §4). */
export interface InvitationRow {
  id: number;
  organizationId: number;
  email: string;
  code: string;
  role: MembershipRoleName;
  status: 'PENDING' | 'ACCEPTED' | 'CANCELLED';
  expiresAt: Date;
  createdAt?: Date;
  /** Who sent it last (null: the activation page, sent to the school's official address). */
  invitedByUserId: number | null;
}

/** What a join page shows before accepting (the code is the secret). */
export interface InvitationPreview {
  organizationName: string;
  role: MembershipRoleName;
}
