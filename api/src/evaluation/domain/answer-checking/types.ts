import type { Challenge } from '../../../learning-content';

/** The result of an answer (domain.md §1). Only `ok` is a success. */
export type AnswerResultValue = 'ok' | 'ko' | 'skipped' | 'timed-out' | 'focused-out';

/** The value a learner sends to skip a challenge ("Je passe"). */
export const SKIP_MARKER = '#ABAND#';

/** Longest value accepted from a learner, in characters (longer ones are refused as malformed). */
export const MAX_VALUE_LENGTH = 5000;

/** What answer checking needs to know of a challenge. */
export type CheckableChallenge = Pick<Challenge, 'type' | 'solution' | 'fields' | 'proposals' | 'tolerancesOff' | 'timer'>;

/** Text shown on the checkpoint for a skipped challenge. */
export const SKIPPED_TEXT = 'Vous avez passé cette question.';
