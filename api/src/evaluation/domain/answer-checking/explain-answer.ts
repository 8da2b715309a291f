import { assignGroups, checkAnswer, dependentCandidates, fieldVariants, qrocVariants, solutionGroups } from './check-answer';
import { answerKey, fieldMatch, preTreat, type FieldMatch, type MatchKind } from './tolerances';
import { MAX_VALUE_LENGTH, type AnswerResultValue, type CheckableChallenge, type ChallengeField } from './types';
import { fieldsOf, isSkip, parseFieldValues, parseIndexes } from './values';

/**
 * Why the checker gave its verdict, for the content team (Pix Admin's "Essayer" and sandbox). The
 * verdict itself is `checkAnswer`'s; the details are read with the same functions (fieldMatch,
 * dependentCandidates, assignGroups), so that they never disagree with it.
 */

/** One field (or one proposal of a QCU/QCM): what was given, what was expected, what matched. */
export interface AnswerDetail {
  /** The field's name; for a QCU/QCM the proposal's number. */
  field: string;
  label: string | null;
  /** The text given for the field; for a QCU/QCM the number when the proposal was chosen. */
  answer: string | null;
  /** The accepted variants (QROCM-dep: of the group given to the field); QCU/QCM the number when expected. */
  expected: string[];
  /** QROCM-dep: the group (from 1) given to the field. */
  group: number | null;
  matched: boolean;
  variant: string | null;
  tolerance: MatchKind | null;
  /** QROCM-dep: why a field that matches a group is not counted. */
  reason: DetailReason | null;
}

export type DetailReason = 'GROUP_ALREADY_USED' | 'SAME_ANSWER_AS_ANOTHER_FIELD';

/** Why a whole value was refused before any field was compared. */
export type AnswerProblem = 'EMPTY' | 'SKIPPED' | 'TOO_LONG' | 'MALFORMED' | 'ONE_CHOICE_EXPECTED' | 'SAME_ANSWER_TWICE';

export interface AnswerExplanation {
  result: AnswerResultValue;
  details: AnswerDetail[];
  problem: AnswerProblem | null;
}

const detail = (field: ChallengeField | undefined, name: string, answer: string | null, expected: string[], match: FieldMatch | null, group: number | null = null): AnswerDetail => ({
  field: name,
  label: field?.label ?? null,
  answer,
  expected,
  group,
  matched: match !== null,
  variant: match?.variant ?? null,
  tolerance: match?.tolerance ?? null,
  reason: null,
});

function choiceDetails(challenge: CheckableChallenge, value: string): Pick<AnswerExplanation, 'details' | 'problem'> {
  const given = parseIndexes(value);
  const expected = new Set(parseIndexes(String(challenge.solution)) ?? []);
  if (!given || new Set(given).size !== given.length) return { details: [], problem: 'MALFORMED' };
  const chosen = new Set(given);
  const numbers = [...new Set([...expected, ...chosen])].sort((a, b) => a - b);
  const details = numbers.map((n) => {
    const name = String(n);
    const matched = chosen.has(n) === expected.has(n);
    return { ...detail(undefined, name, chosen.has(n) ? name : null, expected.has(n) ? [name] : [], null), matched };
  });
  return { details, problem: challenge.type === 'QCU' && chosen.size !== 1 ? 'ONE_CHOICE_EXPECTED' : null };
}

/**
 * A QROCM-dep field by field, in order: a field keeps its match when its answer is not an earlier
 * field's (answerKey) and a group is still free for it (assignGroups over the fields kept so far);
 * the whole is ok exactly when every field is kept, as checkAnswer says.
 */
function dependentDetails(challenge: CheckableChallenge, fields: ChallengeField[], answers: Record<string, string>): Pick<AnswerExplanation, 'details' | 'problem'> {
  const reading = dependentCandidates(fields, answers, challenge);
  if (!reading) return { details: [], problem: 'MALFORMED' };
  const off = challenge.tolerancesOff;
  const groups = solutionGroups(challenge.solution);
  const keys = fields.map((field) => answerKey(field, answers[field.name], off));
  const kept: number[] = [];
  const reasons = fields.map((_, i): DetailReason | null => {
    if (keys.indexOf(keys[i]) !== i) return 'SAME_ANSWER_AS_ANOTHER_FIELD';
    if (reading.candidates[i].length === 0) return null;
    if (!assignGroups([...kept, i].map((k) => reading.candidates[k]))) return 'GROUP_ALREADY_USED';
    kept.push(i);
    return null;
  });
  const assigned = assignGroups(kept.map((k) => reading.candidates[k])) ?? [];
  const details = fields.map((field, i) => {
    const keptAt = kept.indexOf(i);
    const group = keptAt >= 0 ? assigned[keptAt] : reading.candidates[i][0];
    const variants = group === undefined ? [] : groups[group];
    const match = group === undefined ? null : fieldMatch(field, answers[field.name], variants, off);
    const base = detail(field, field.name, answers[field.name], variants, match, group === undefined ? null : group + 1);
    return reasons[i] ? { ...base, matched: false, reason: reasons[i] } : base;
  });
  return { details, problem: reading.repeated ? 'SAME_ANSWER_TWICE' : null };
}

function fieldDetails(challenge: CheckableChallenge, value: string): Pick<AnswerExplanation, 'details' | 'problem'> {
  const fields = fieldsOf(challenge);
  if (challenge.type === 'QROC') {
    const variants = qrocVariants(challenge.solution);
    const field = fields[0];
    return { details: [detail(field, field?.name ?? 'answer', value, variants, fieldMatch(field, value, variants, challenge.tolerancesOff))], problem: null };
  }
  const answers = parseFieldValues(value);
  if (!answers || fields.length === 0) return { details: [], problem: 'MALFORMED' };
  if (challenge.type === 'QROCM-dep') return dependentDetails(challenge, fields, answers);
  const details = fields.map((field) => {
    const variants = fieldVariants(challenge.solution, field.name);
    const answer = answers[field.name];
    return detail(field, field.name, answer ?? null, variants, typeof answer === 'string' ? fieldMatch(field, answer, variants, challenge.tolerancesOff) : null);
  });
  return { details, problem: null };
}

/** The checker's verdict on a value (no timer: the content team is never late) and what it read. */
export function explainAnswer(challenge: CheckableChallenge, value: string): AnswerExplanation {
  const result = checkAnswer(challenge, value);
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return { result, details: [], problem: 'TOO_LONG' };
  if (isSkip(value)) return { result, details: [], problem: 'SKIPPED' };
  if (preTreat(value).trim() === '') return { result, details: [], problem: 'EMPTY' };
  const explained = challenge.type === 'QCU' || challenge.type === 'QCM' ? choiceDetails(challenge, value) : fieldDetails(challenge, value);
  return { result, ...explained };
}
