import { listingOf, type LearningContent } from '../../learning-content';
import { NotFoundError } from '../../shared/domain/errors';
import { explainAnswer, readSolutionText, type AnswerExplanation, type SolutionText } from '../domain/answer-checking';

/**
 * The content team's tries (Pix Admin): a value checked against a challenge of the release
 * ("Essayer"), or against a solution written in the sandbox — both by the checker of real answers
 * (`checkAnswer`, explained by `explainAnswer`). Nothing is stored.
 */

/** A value against a challenge of the release, by its public id or readable reference. */
export function tryChallengeAnswer(content: LearningContent, challengeId: string, value: string): AnswerExplanation {
  const listing = listingOf(content, challengeId);
  if (!listing) throw new NotFoundError();
  return explainAnswer(listing.challenge, value);
}

/** A value against a solution written as in the content files; a solution that does not fit its type is refused naming the line. */
export function previewAnswer(input: SolutionText & { value: string }): AnswerExplanation {
  return explainAnswer(readSolutionText(input), input.value);
}
