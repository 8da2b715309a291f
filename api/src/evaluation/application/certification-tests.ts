import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the evaluation asks the certification when a CERTIFICATION test is answered or read. The
 * certification owns its rules (who may answer, the clock, the questions chosen, the invigilator's live
 * list) and implements this port; the composition root (platform.ts, through graphql/services.ts) gives
 * it to the evaluation, which never imports the certification (the certification depends on it).
 */
export interface CertificationTests {
  /**
   * Before an answer: the test's questions in order (readable challenge ids) and those that no longer
   * count, or the certification's refusal (a DomainError: not authorised, time over — the test is then
   * ended —, ended). Called outside any transaction.
   */
  admitAnswer(em: EntityManager, request: { assessmentId: number; userId: number; now: Date }): Promise<CertificationQuestions>;
  /** In the answer's transaction, once its atomic statement stored it: the last answer completes the course. */
  recordAnswered(em: EntityManager, event: CertificationAnswered): Promise<void>;
  /** After the answer's commit: the invigilator hears of it. */
  answeredCommitted(event: CertificationAnswered): void;
  /** Whether the current question may be sent to the candidate now (let in by the invigilator, time not over). */
  mayServe(em: EntityManager, request: { assessmentId: number; now: Date }): Promise<boolean>;
}

export interface CertificationQuestions {
  /** Every question of the test, by position. */
  challengeIds: string[];
  /** Neutralised questions (a problem report accepted): skipped when moving on. */
  neutralizedChallengeIds: string[];
  /** Who hears of the answer (handed back in CertificationAnswered). */
  audience: { sessionId: number; candidateId: number };
}

export interface CertificationAnswered {
  assessmentId: number;
  audience: CertificationQuestions['audience'];
  answeredChallengeId: string;
  nextChallengeId: string | null;
  completed: boolean;
  now: Date;
}

/** The question after `currentChallengeId` that still counts, or null at the end of the test. */
export function nextCertificationChallenge(questions: CertificationQuestions, currentChallengeId: string): string | null {
  const neutralized = new Set(questions.neutralizedChallengeIds);
  const position = questions.challengeIds.indexOf(currentChallengeId);
  for (let i = position + 1; i < questions.challengeIds.length; i += 1) {
    if (!neutralized.has(questions.challengeIds[i])) return questions.challengeIds[i];
  }
  return null;
}
