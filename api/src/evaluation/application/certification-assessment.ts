import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnswerRow, AssessmentRow } from '../domain/assessment';
import { AssessmentRepository } from '../infrastructure/assessment.repository';
import { directKnowledgeOfUser, type DirectKnowledge } from '../infrastructure/knowledge-element.repository';

/**
 * What the certification uses of the evaluation (through index.ts): a CERTIFICATION test is an assessment
 * without competence whose questions the certification chose; its answers go through answerChallenge.
 */

/** A certification's test, on its first question (not sent yet), in the caller's transaction. */
export async function createCertificationAssessment(
  em: EntityManager,
  request: { userId: number; locale: string; firstChallengeId: string; now: Date },
): Promise<AssessmentRow> {
  const repository = new AssessmentRepository(em);
  const assessment = await repository.createForCertification(request);
  return assessment;
}

/**
 * Moves a certification test past its current question without an answer (the question was neutralised
 * live): only if it is still on `fromChallengeId`. Completed when there is no next question.
 */
export function moveCertificationTestOn(
  em: EntityManager,
  request: { assessmentId: number; fromChallengeId: string; nextChallengeId: string | null; now: Date },
): Promise<boolean> {
  return new AssessmentRepository(em).moveOnFrom(request.assessmentId, request.fromChallengeId, request.nextChallengeId, request.now);
}

/** Ends certification tests (time over, ended by the invigilator, at finalisation): nothing more to answer. */
export function endCertificationAssessments(em: EntityManager, assessmentIds: readonly number[], now: Date): Promise<void> {
  return new AssessmentRepository(em).endAll(assessmentIds, now);
}

/** The answers of these tests, in order. */
export function answersOfAssessments(em: EntityManager, assessmentIds: readonly number[]): Promise<AnswerRow[]> {
  return new AssessmentRepository(em).answersOf(assessmentIds);
}

/** The tests themselves (their current question, state). */
export function assessmentsByIds(em: EntityManager, assessmentIds: readonly number[]): Promise<AssessmentRow[]> {
  return new AssessmentRepository(em).findByIds(assessmentIds);
}

/** The learner's knowledge as the certification reads it when they join: latest element per skill, with its source and the challenge that gave it. */
export function certificationKnowledgeOf(em: EntityManager, userId: number): Promise<DirectKnowledge[]> {
  return directKnowledgeOfUser(em, userId);
}

export type { DirectKnowledge };
