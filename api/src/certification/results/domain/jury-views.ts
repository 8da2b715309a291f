import type { JuryAction, JuryDecision, JurySessionState, NeutralizedBy, StoredReason, ScoringTrigger } from './jury';
import type { CertificationStatus, CompetenceMark } from './scoring';

/** What the jury reads (the rows its repositories return). */

/** A session as the lists show it: its summary and its centre (the shape session-management's views take). */
export interface SessionToProcessRow {
  id: number;
  certificationCenterId: number;
  address: string;
  room: string;
  date: string;
  time: string;
  examiner: string;
  description: string;
  accessCode: string;
  invigilatorPassword: string;
  state: JurySessionState;
  createdAt: Date;
  candidateCount: number;
  joinedCount: number;
  center: { id: number; name: string; type: 'SCO' | 'SUP' | 'PRO'; uai: string | null; externalId: string | null };
}

export interface SessionsToProcessFilter {
  centerType: 'SCO' | 'SUP' | 'PRO' | null;
  withIncidentsOrReports: boolean;
  assignedToUserId: number | null;
}

/** The jury's facts of a session (finalisation, assignment, publication). */
export interface SessionJuryFacts {
  sessionId: number;
  state: JurySessionState;
  certificationCenterId: number;
  finalizedAt: Date | null;
  finalizationComment: string | null;
  finalizedByUserId: number | null;
  assignedToUserId: number | null;
  assignedAt: Date | null;
  publishedAt: Date | null;
  publishedByUserId: number | null;
  incidentCount: number;
  problemReportCount: number;
}

export interface ScoringRow {
  id: number;
  courseId: number;
  status: CertificationStatus;
  reason: StoredReason;
  pixScore: number;
  correct: number;
  counted: number;
  reproducibilityRate: number | null;
  competenceMarks: CompetenceMark[];
  trigger: ScoringTrigger;
  createdByUserId: number | null;
  createdAt: Date;
}

/** A candidate of a session with its certification's latest scoring (none: the candidate did not take the test). */
export interface SessionCertificationRow {
  sessionId: number;
  candidateId: number;
  firstName: string;
  lastName: string;
  birthdate: string;
  courseId: number | null;
  juryDecision: JuryDecision | null;
  verificationCode: string | null;
  endReason: string | null;
  latest: ScoringRow | null;
}

export interface IncidentRow {
  id: number;
  sessionId: number;
  candidateId: number;
  candidateName: string;
  code: string;
  questionNumber: number | null;
  comment: string;
}

export interface ProblemReportRow {
  id: number;
  sessionId: number;
  courseId: number;
  candidateName: string;
  challengeId: string;
  questionNumber: number;
  category: string;
  status: 'PENDING' | 'ACCEPTED' | 'REFUSED';
  createdAt: Date;
}

export interface CandidateOfCourse {
  id: number;
  firstName: string;
  lastName: string;
  birthdate: string;
  sex: 'M' | 'F' | null;
  birthCity: string | null;
  birthInseeCode: string | null;
  birthPostalCode: string | null;
  birthCountry: string;
  externalId: string | null;
  extraTimePercentage: number;
  resultRecipientEmail: string | null;
  userId: number | null;
}

export interface CourseForJury {
  id: number;
  sessionId: number;
  sessionState: JurySessionState;
  userId: number;
  assessmentId: number;
  state: 'STARTED' | 'ENDED';
  startedAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  endScreenSeen: boolean;
  verificationCode: string | null;
  juryDecision: JuryDecision | null;
  commentForCandidate: string | null;
  commentForOrganization: string | null;
  credentialStatusIndex: number | null;
  candidate: CandidateOfCourse;
}

export interface JuryQuestionRow {
  position: number;
  challengeId: string;
  skillId: string;
  competenceId: string;
  isNeutralized: boolean;
  neutralizedBy: NeutralizedBy | null;
  /** The jury member who neutralised it (the latest such action), when the jury did. */
  neutralizedByUserId: number | null;
  answerValue: string | null;
  result: string | null;
}

export interface JuryActionRow {
  id: number;
  sessionId: number;
  courseId: number | null;
  action: JuryAction;
  actorUserId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: Date;
}
