/** The result of an answer (domain.md §1). Only `ok` is a success. */
export type AnswerResultValue = 'ok' | 'ko' | 'skipped' | 'timed-out' | 'focused-out';

/** The value a learner sends to skip a challenge ("Je passe"). */
export const SKIP_MARKER = '#ABAND#';

/** Longest value accepted from a learner, in characters (longer ones are refused as malformed). */
export const MAX_VALUE_LENGTH = 5000;

/** A tolerance a challenge may turn off (domain.md §1). */
export type Tolerance = 'T1' | 'T2' | 'T3';

/** An input field of a challenge, as answer checking reads it. */
export interface ChallengeField {
  name: string;
  label: string;
  format?: 'texte' | 'nombre' | 'select';
  options?: string[];
}

/**
 * What answer checking needs to know of a challenge: its own narrow type (the content's challenges
 * fit it), so that the evaluation's domain depends on no other context.
 */
export interface CheckableChallenge {
  type: 'QCU' | 'QCM' | 'QROC' | 'QROCM-ind' | 'QROCM-dep';
  solution: string | string[] | Record<string, string[]> | string[][];
  fields: ChallengeField[] | null;
  proposals: string[] | null;
  tolerancesOff: Tolerance[];
  timer: number | null;
}

/** Text shown on the checkpoint for a skipped challenge. */
export const SKIPPED_TEXT = 'Vous avez passé cette question.';
