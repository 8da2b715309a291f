import type { ChallengeFieldsFragment } from '../../../__generated__/graphql';

// The answer syntax lives with the challenge renderer (shared with the consoles).
export { answerValue, EMPTY_DRAFT, hasAnswer, inputFields, isChoiceChallenge, qrocField, type AnswerDraft, type ChallengeField } from '@pix-libre/ui-shared';

/** The value of "Je passe" (domain.md: a skipped challenge sends the skip marker). */
export const SKIP_VALUE = '#ABAND#';

/** How many answers make a block between two checkpoints ("Bilan intermédiaire"). */
export const CHECKPOINT_BLOCK_SIZE = 5;

export type Challenge = ChallengeFieldsFragment;
