import { exampleCorrectAnswer } from '../../src/evaluation/domain/answer-checking';
import type { Challenge } from '../../src/learning-content/domain/learning-content';
import type { TestApi } from './test-api';

/** The content's challenge behind an id the API showed (opaque): how tests find a solution. */
export function challengeOfApiId(api: TestApi, id: string): Challenge {
  const challenge = api.platform.services.content.get().challengeOfPublicId(id);
  if (!challenge) throw new Error(`No challenge has the API id ${id}`);
  return challenge;
}

/** A value the API accepts as ok for the challenge of this API id. */
export const correctAnswerOf = (api: TestApi, id: string): string => exampleCorrectAnswer(challengeOfApiId(api, id));

const CURRENT = `query Current($id: ID!) { assessment(id: $id) { id currentChallenge { id } } }`;

/**
 * The challenge to answer after an answer: the one its response carries, or, after a checkpoint (the
 * learner reads it first, so the next challenge is not sent with it), the test's current challenge.
 */
export async function nextChallengeIdAfter(
  api: TestApi,
  token: string,
  assessmentId: string,
  response: { nextChallenge: { id: string } | null; checkpoint?: { isFinal: boolean } | null },
): Promise<string | null> {
  if (response.nextChallenge) return response.nextChallenge.id;
  if (!response.checkpoint || response.checkpoint.isFinal) return null;
  const current = await api.gql(CURRENT, { id: assessmentId }, { token });
  if (current.errors) throw new Error(JSON.stringify(current.errors));
  return current.data!.assessment.currentChallenge?.id ?? null;
}
