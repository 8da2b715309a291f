/**
 * What integrators read of a school (docs/integrators.md), as rows: the school's pupils and how they
 * log in, the shared results of its campaigns, its published certification results.
 */
export type LoginMethod = 'EMAIL' | 'USERNAME' | 'GAR';

export interface SchoolRef {
  organizationId: number;
  uai: string;
  name: string;
}

export interface SchoolLearnerRow {
  id: number;
  nationalStudentId: string | null;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string | null;
  division: string | null;
  hasLeft: boolean;
  loginMethods: LoginMethod[];
}

export interface SharedCampaignResultRow {
  participationId: number;
  campaignCode: string;
  campaignName: string;
  campaignType: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  nationalStudentId: string | null;
  firstName: string;
  lastName: string;
  division: string | null;
  sharedAt: Date;
  masteryRate: number | null;
  pixScore: number | null;
  validatedSkillsCount: number | null;
}

export interface Page<T> {
  rows: T[];
  totalCount: number;
}
