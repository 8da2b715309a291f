import type { AnswerResultValue } from './answer-checking';

export type AssessmentType = 'COMPETENCE_EVALUATION' | 'CAMPAIGN' | 'CERTIFICATION';

/** A test: the positioning test of a competence, a campaign's test, or a certification test (its questions listed by the certification). */
export interface AssessmentRow {
  id: number;
  userId: number;
  type: AssessmentType;
  /** The competence of a positioning test; null for a campaign's test. */
  competenceId: string | null;
  /** The participation of a campaign's test; null for a positioning test. */
  campaignParticipationId: number | null;
  state: 'STARTED' | 'COMPLETED';
  currentChallengeId: string | null;
  /** When the current challenge was first sent to the learner (the server's clock); null until sent. */
  currentChallengeServedAt: Date | null;
  locale: string;
  isRetry: boolean;
  createdAt: Date;
  completedAt: Date | null;
}

/** An answer given in a test, checked. */
export interface AnswerRow {
  id: number;
  assessmentId: number;
  challengeId: string;
  value: string;
  result: AnswerResultValue;
  idempotencyKey: string;
  createdAt: Date;
}
