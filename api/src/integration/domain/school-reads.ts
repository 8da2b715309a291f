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

export type CertificationStatus = 'VALIDATED' | 'REJECTED' | 'PENDING';

export interface CertificationResultRow {
  certificationCourseId: number;
  nationalStudentId: string | null;
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ. */
  birthdate: string;
  status: CertificationStatus;
  /** Only published and validated results carry scores. */
  pixScore: number | null;
  verificationCode: string | null;
  /** AAAA-MM-JJ: the session's date. */
  sessionDate: string;
  sessionId: number;
  certificationCenter: string;
  competences: { code: string; level: number }[];
}

export interface Page<T> {
  rows: T[];
  totalCount: number;
}

/** Only what a published, validated result carries is shown (domain.md §7). */
export function publishedResult(row: CertificationResultRow): CertificationResultRow {
  if (row.status === 'VALIDATED') return row;
  return { ...row, pixScore: null, competences: [] };
}
