import type { EndReason } from './candidate-status';
import type { ChallengeIncidentCode, IncidentCode } from './neutralization';

/** The rows the certification's test reads (the foundation's tables, shared by the certification contexts). */

export interface SessionRow {
  id: number;
  certificationCenterId: number;
  state: 'CREATED' | 'FINALIZED' | 'IN_PROCESS' | 'PROCESSED';
  accessCode: string;
  invigilatorPassword: string;
  /** yyyy-mm-dd, the centre's local date. */
  date: string;
  /** hh:mm(:ss), local time. */
  time: string;
}

export interface CandidateRow {
  id: number;
  sessionId: number;
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd */
  birthdate: string;
  extraTimePercentage: number;
  organizationLearnerId: number | null;
  userId: number | null;
  joinedAt: Date | null;
  authorizedToStart: boolean;
}

export interface CourseRow {
  id: number;
  candidateId: number;
  sessionId: number;
  userId: number;
  assessmentId: number;
  state: 'STARTED' | 'ENDED';
  startedAt: Date | null;
  endsAt: Date | null;
  endedAt: Date | null;
  endReason: EndReason | null;
  endScreenSeenAt: Date | null;
}

/** A course with what its views show. */
export interface CourseDetails extends CourseRow {
  authorizedToStart: boolean;
  numberOfChallenges: number;
}

export interface CourseChallengeRow {
  courseId: number;
  /** 0-based */
  position: number;
  challengeId: string;
  skillId: string;
  competenceId: string;
  isNeutralized: boolean;
  neutralizedBy: 'PROBLEM_REPORT' | 'INCIDENT' | 'JURY' | null;
}

export interface ProblemReportRow {
  id: number;
  courseId: number;
  challengeId: string;
  /** 1-based */
  questionNumber: number;
  category: ChallengeIncidentCode;
  status: 'PENDING' | 'ACCEPTED' | 'REFUSED';
  createdAt: Date;
}

export interface IncidentInput {
  code: IncidentCode;
  questionNumber: number | null;
  comment: string;
}

/** What the invigilator's live list shows of one candidate. */
export interface LiveCandidate {
  candidate: CandidateRow;
  course: CourseRow | null;
  questionNumber: number | null;
  numberOfQuestions: number | null;
  pendingReport: ProblemReportRow | null;
}
