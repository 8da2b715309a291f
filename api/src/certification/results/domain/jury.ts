import { DomainError, ErrorCode } from '../../../shared/domain/errors';
import type { CertificationScore, CertificationStatus, CompetenceMark, PositionedCompetence, QuestionResult, ScoredQuestion } from './scoring';
import { scoreCertification } from './scoring';

/**
 * The certification's jury (domain.md, "Certification › Results"): pure rules and types.
 * A session goes FINALIZED → IN_PROCESS (assigned to a member of the certification team) → PROCESSED
 * (published); unpublishing returns it to IN_PROCESS. The jury acts on a finalised session that is not
 * published; each action re-scores the course and writes a history row.
 */
export type JuryDecision = 'CANCELLED' | 'REJECTED_FOR_FRAUD';
export type ScoringTrigger = 'FINALIZATION' | 'JURY';
/** Reasons of a stored scoring: the scoring's own, or the jury's decision. */
export type StoredReason = CertificationScore['reason'] | 'CANCELLED_BY_JURY' | 'FRAUD';

export const JURY_ACTIONS = [
  'SESSION_ASSIGNED',
  'CHALLENGE_NEUTRALIZED',
  'CHALLENGE_DENEUTRALIZED',
  'CERTIFICATION_CANCELLED',
  'CERTIFICATION_UNCANCELLED',
  'CERTIFICATION_REJECTED',
  'CERTIFICATION_UNREJECTED',
  'JURY_COMMENTS_UPDATED',
  'CANDIDATE_INFORMATION_UPDATED',
  'SESSION_PUBLISHED',
  'SESSION_UNPUBLISHED',
] as const;
export type JuryAction = (typeof JURY_ACTIONS)[number];

/** What a scoring run stores. */
export interface StoredScoring {
  courseId: number;
  status: CertificationStatus;
  reason: StoredReason;
  pixScore: number;
  correct: number;
  counted: number;
  reproducibilityRate: number | null;
  competenceMarks: CompetenceMark[];
}

/** What scoring a course reads: its questions (in order), the answers' results, the profile, the jury's decision. */
export interface CourseScoringFacts {
  courseId: number;
  juryDecision: JuryDecision | null;
  questions: { challengeId: string; competenceId: string; isNeutralized: boolean }[];
  /** challenge id → the result of its answer (absent: unanswered). */
  results: Map<string, QuestionResult>;
  profile: PositionedCompetence[];
}

/** The score of the questions, then the jury's decision over it (cancelled; rejected for fraud, 0 pix). */
export function scoreCourse(facts: CourseScoringFacts): StoredScoring {
  const questions: ScoredQuestion[] = facts.questions.map((q) => ({
    competenceId: q.competenceId,
    isNeutralized: q.isNeutralized,
    result: facts.results.get(q.challengeId) ?? 'unanswered',
  }));
  const score = scoreCertification(questions, facts.profile);
  const base = {
    courseId: facts.courseId,
    correct: score.correct,
    counted: score.counted,
    reproducibilityRate: score.reproducibilityRate,
    competenceMarks: score.competenceMarks,
  };
  if (facts.juryDecision === 'CANCELLED') return { ...base, status: 'CANCELLED', reason: 'CANCELLED_BY_JURY', pixScore: 0 };
  if (facts.juryDecision === 'REJECTED_FOR_FRAUD') return { ...base, status: 'REJECTED', reason: 'FRAUD', pixScore: 0 };
  return { ...base, status: score.status, reason: score.reason, pixScore: score.pixScore };
}

export type JurySessionState = 'CREATED' | 'FINALIZED' | 'IN_PROCESS' | 'PROCESSED';

export class JuryError extends DomainError {
  constructor(code: ErrorCode, messageKey: string, params: Record<string, string | number> = {}) {
    super(code, messageKey, params);
  }
}

/** The jury acts on a finalised session that is not published yet. */
export function assertJuryMayAct(state: JurySessionState): void {
  if (state === 'CREATED') throw new JuryError(ErrorCode.BAD_USER_INPUT, 'certificationJury.errors.sessionNotFinalized');
  if (state === 'PROCESSED') throw new JuryError(ErrorCode.BAD_USER_INPUT, 'certificationJury.errors.sessionPublished');
}

/** Publication: only a FINALIZED or IN_PROCESS session. */
export function assertPublishable(state: JurySessionState): void {
  assertJuryMayAct(state);
}

export function assertUnpublishable(state: JurySessionState): void {
  if (state !== 'PROCESSED') throw new JuryError(ErrorCode.BAD_USER_INPUT, 'certificationJury.errors.sessionNotPublished');
}

/** Where a question's neutralisation came from. */
export type NeutralizedBy = 'PROBLEM_REPORT' | 'INCIDENT' | 'JURY';

export const JURY_COMMENT_MAX = 2000;
