import type { Challenge } from '../../learning-content';
import type { EvaluationRepositories } from './dependencies';
import type { EvaluationDependencies } from './start-competence-evaluation.usecase';
import type { CertificationTests } from './certification-tests';

export interface ServedTest {
  assessmentId: number;
  type: string;
  userId: number;
  currentChallengeId: string | null;
  currentChallengeServedAt: Date | null;
}

/**
 * The learner who owns a test receives its current challenge: the server's clock of that challenge
 * starts now, the first time it is sent (a reload keeps the first moment, so does a second tab). No
 * write when it was already sent. Anyone else gets no challenge, and a certification's candidate gets it
 * only while the invigilator lets them answer (and the time is not over).
 */
export async function serveCurrentChallenge(
  repositories: EvaluationRepositories,
  deps: EvaluationDependencies & { certificationTests?: CertificationTests },
  request: { viewerUserId: number | null; test: ServedTest },
): Promise<Challenge | null> {
  const { test } = request;
  if (!test.currentChallengeId || test.userId !== request.viewerUserId) return null;
  const challenge = deps.content.challenge(test.currentChallengeId);
  if (!challenge) return null;
  if (test.type === 'CERTIFICATION' && !(deps.certificationTests && (await repositories.mayServeCertification({ assessmentId: test.assessmentId, now: deps.clock.now() })))) return null;
  if (!test.currentChallengeServedAt) {
    const servedAt = await repositories.assessments.markServed(test.assessmentId, test.currentChallengeId, deps.clock.now());
    if (!servedAt) return null; // answered or ended meanwhile: the challenge is no longer current
    test.currentChallengeServedAt = servedAt;
  }
  return challenge;
}
