import type { MembershipRoleName } from './invitation-rules';

/**
 * A team: the people of an organisation (Pix Orga) or of a certification centre (Pix Certif). Both
 * kinds have the same members (ADMIN, MEMBER) and the same invitations; only where they are stored
 * and where an invitation leads differ (`TEAM_KINDS`, and the `TeamStore` of infrastructure).
 */
export type TeamKind = 'ORGANIZATION' | 'CERTIFICATION_CENTER';

/** What differs between the kinds of team, outside storage. */
export const TEAM_KINDS = {
  ORGANIZATION: {
    joinPath: '/orga/rejoindre',
    mailKey: 'mail.organizationInvitation',
    lastAdminKey: 'errors.lastAdmin',
    memberAddedAction: 'ORGANIZATION_MEMBER_ADDED',
    memberRoleChangedAction: 'ORGANIZATION_MEMBER_ROLE_CHANGED',
    memberRemovedAction: 'ORGANIZATION_MEMBER_REMOVED',
  },
  CERTIFICATION_CENTER: {
    joinPath: '/certif/rejoindre',
    mailKey: 'certificationSessions.mail.invitation',
    lastAdminKey: 'adminOrganizations.errors.lastCenterAdmin',
    memberAddedAction: 'CERTIFICATION_CENTER_MEMBER_ADDED',
    memberRoleChangedAction: 'CERTIFICATION_CENTER_MEMBER_ROLE_CHANGED',
    memberRemovedAction: 'CERTIFICATION_CENTER_MEMBER_REMOVED',
  },
} as const satisfies Record<TeamKind, { joinPath: string; mailKey: string; lastAdminKey: string; memberAddedAction: string; memberRoleChangedAction: string; memberRemovedAction: string }>;

/** A team as the invitations name it. */
export interface TeamRef {
  id: number;
  name: string;
}

/** A person's place in a team of any kind. */
export interface TeamMembershipRow {
  id: number;
  teamId: number;
  userId: number;
  role: MembershipRoleName;
}

/** A person's place in an organisation. */
export interface MembershipRow {
  id: number;
  organizationId: number;
  userId: number;
  role: MembershipRoleName;
}

export const organizationMembership = ({ teamId, ...row }: TeamMembershipRow): MembershipRow => ({ ...row, organizationId: teamId });

/** An invitation to join a team (domain.md §4). */
export interface InvitationRow {
  id: number;
  teamId: number;
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
  teamName: string;
  role: MembershipRoleName;
}
