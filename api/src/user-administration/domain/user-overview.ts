/** What the support team reads of an account, section by section (Pix Admin's user page). */
export interface OrganizationMembershipLine {
  id: number;
  organizationId: number;
  organizationName: string;
  organizationType: string;
  role: string;
  createdAt: Date;
}

export interface OrganizationLearnerLine {
  id: number;
  organizationId: number;
  organizationName: string;
  firstName: string;
  lastName: string;
  division: string | null;
  isDisabled: boolean;
}

export interface CertificationCenterMembershipLine {
  id: number;
  certificationCenterId: number;
  certificationCenterName: string;
  role: string;
  createdAt: Date;
}

export interface CampaignParticipationLine {
  id: number;
  campaignId: number;
  campaignName: string;
  campaignCode: string;
  organizationId: number;
  organizationName: string;
  status: string;
  createdAt: Date;
  sharedAt: Date | null;
  deletedAt: Date | null;
}

export interface CertificationCourseLine {
  id: number;
  sessionId: number;
  sessionDate: string;
  certificationCenterName: string;
  state: string;
  startedAt: Date | null;
  endedAt: Date | null;
}

export interface UserOverviewSections {
  organizationMemberships: OrganizationMembershipLine[];
  organizationLearners: OrganizationLearnerLine[];
  certificationCenterMemberships: CertificationCenterMembershipLine[];
  campaignParticipations: CampaignParticipationLine[];
  certificationCourses: CertificationCourseLine[];
}

/** A user's page lists this many of their participations and courses at most (newest first). */
export const OVERVIEW_LIST_LIMIT = 100;
