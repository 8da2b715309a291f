import type { ValidCandidate } from './candidate';

/** A candidate enrolled in a session, as the centre sees it. */
export interface CandidateRow extends ValidCandidate {
  id: number;
  sessionId: number;
  birthProvinceCode: string | null;
  organizationLearnerId: number | null;
  joinedAt: Date | null;
}

/** A school's pupil as the enrolment dialog lists them. */
export interface EnrolablePupil {
  learnerId: number;
  firstName: string;
  lastName: string;
  birthdate: string | null;
  division: string | null;
  alreadyEnrolled: boolean;
}
