/**
 * Answer checking (domain.md §1): the server's verdict on a learner's value, with the tolerances, and
 * the readable texts of answers for the checkpoint. Pure: no framework import.
 */
export { SKIP_MARKER, MAX_VALUE_LENGTH, SKIPPED_TEXT, type AnswerResultValue, type CheckableChallenge, type Tolerance } from './types';
export { checkAnswer, isCorrectAnswer, matchesDistinctGroups, assignGroups, type CheckOptions } from './check-answer';
export { explainAnswer, type AnswerDetail, type AnswerExplanation, type AnswerProblem } from './explain-answer';
export { readSolutionText, type SolutionText } from './solution-text';
export { exampleCorrectAnswer, expectedAnswerText, answerText, fieldLabel } from './texts';
export { isWellFormedValue, isSkip, parseIndexes, parseFieldValues } from './values';
export {
  MAX_LEVENSHTEIN_RATIO,
  preTreat,
  preTreatAnswer,
  applyT1,
  applyT2,
  levenshtein,
  isWithinEditDistance,
  treat,
  matchesText,
  matchesField,
  textMatch,
  fieldMatch,
  type MatchKind,
  type FieldMatch,
  canonicalNumber,
  answerKey,
} from './tolerances';
