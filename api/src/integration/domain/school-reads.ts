/**
 * What integrators read of a school (docs/integrators.md), as rows: the school's pupils and how they
 * log in, the shared results of its campaigns (its certification results are certification/results'
 * PartnerCertificationResult). Pure: the rows are put together from what each context gives.
 */
export type LoginMethod = 'EMAIL' | 'USERNAME' | 'GAR';

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

interface LearnerRecord {
  id: number;
  nationalStudentId: string | null;
  firstName: string;
  lastName: string;
  birthdate: string | null;
  division: string | null;
  hasLeft: boolean;
  userId: number | null;
}

/** Each pupil with the login methods of its account (none without one). */
export function learnersWithLoginMethods(learners: readonly LearnerRecord[], methods: ReadonlyMap<number, readonly LoginMethod[]>): SchoolLearnerRow[] {
  return learners.map(({ userId, ...learner }) => ({ ...learner, loginMethods: userId === null ? [] : [...(methods.get(userId) ?? [])] }));
}

interface SharedResult {
  participationId: number;
  campaignCode: string;
  campaignName: string;
  campaignType: 'ASSESSMENT' | 'PROFILES_COLLECTION';
  organizationLearnerId: number;
  sharedAt: Date;
  masteryRate: number | null;
  pixScore: number | null;
  validatedSkillsCount: number | null;
}

/** Each shared result with its pupil's INE, names and class. */
export function campaignResultsWithLearners(results: readonly SharedResult[], learners: readonly LearnerRecord[]): SharedCampaignResultRow[] {
  const byId = new Map(learners.map((learner) => [learner.id, learner]));
  return results.map(({ organizationLearnerId, ...result }) => {
    const learner = byId.get(organizationLearnerId);
    return { ...result, nationalStudentId: learner?.nationalStudentId ?? null, firstName: learner?.firstName ?? '', lastName: learner?.lastName ?? '', division: learner?.division ?? null };
  });
}
