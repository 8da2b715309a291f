import type { EntityManager } from '@mikro-orm/postgresql';
import type { Challenge } from '../../learning-content';
import { AssessmentRepository } from '../infrastructure/assessment.repository';
import type { EvaluationDependencies } from './start-competence-evaluation.usecase';

export interface ServedTest {
  assessmentId: number;
  userId: number;
  currentChallengeId: string | null;
  currentChallengeServedAt: Date | null;
}

/**
 * The learner who owns a test receives its current challenge: the server's clock of that challenge
 * starts now, the first time it is sent (a reload keeps the first moment, so does a second tab). No
 * write when it was already sent. Anyone else gets no challenge.
 */
export async function serveCurrentChallenge(
  em: EntityManager,
  deps: EvaluationDependencies,
  request: { viewerUserId: number | null; test: ServedTest },
): Promise<Challenge | null> {
  const { test } = request;
  if (!test.currentChallengeId || test.userId !== request.viewerUserId) return null;
  const challenge = deps.content.challenge(test.currentChallengeId);
  if (!challenge) return null;
  if (!test.currentChallengeServedAt) {
    const servedAt = await new AssessmentRepository(em).markServed(test.assessmentId, test.currentChallengeId, deps.clock.now());
    if (!servedAt) return null; // answered or ended meanwhile: the challenge is no longer current
    test.currentChallengeServedAt = servedAt;
  }
  return challenge;
}
