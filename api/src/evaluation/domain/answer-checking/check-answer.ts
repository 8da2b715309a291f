import { answerKey, matchesField, preTreat } from './tolerances';
import { MAX_VALUE_LENGTH, type AnswerResultValue, type CheckableChallenge, type ChallengeField, type Tolerance } from './types';
import { fieldsOf, isSkip, parseFieldValues, parseIndexes } from './values';

/** The server's verdict on a value (domain.md §1). Never throws: a malformed value is `ko`. */

/** Options of a check: the seconds the learner took, for a timed challenge, and the grace after its timer. */
export interface CheckOptions {
  elapsedSeconds?: number;
  graceSeconds?: number;
}

/** The QROC variants, whatever the shape the solution was given in. */
export function qrocVariants(solution: CheckableChallenge['solution']): string[] {
  if (typeof solution === 'string') return [solution];
  if (Array.isArray(solution)) return (solution as unknown[]).filter((v): v is string => typeof v === 'string');
  return [];
}

/** The QROCM-dep groups of variants. */
export function solutionGroups(solution: CheckableChallenge['solution']): string[][] {
  if (!Array.isArray(solution)) return [];
  return (solution as unknown[]).filter((g): g is string[] => Array.isArray(g) && g.every((v) => typeof v === 'string'));
}

/** The QROCM-ind variants of one field. */
export function fieldVariants(solution: CheckableChallenge['solution'], name: string): string[] {
  if (!solution || typeof solution !== 'object' || Array.isArray(solution)) return [];
  const variants = (solution as Record<string, unknown>)[name];
  if (typeof variants === 'string') return [variants];
  return Array.isArray(variants) ? variants.filter((v): v is string => typeof v === 'string') : [];
}

function sortedIndexes(value: string): number[] | null {
  const indexes = parseIndexes(value);
  return indexes && [...indexes].sort((a, b) => a - b);
}

function isChoiceCorrect(challenge: CheckableChallenge, value: string): boolean {
  const answered = sortedIndexes(value);
  const expected = sortedIndexes(String(challenge.solution));
  if (!answered || !expected || answered.length !== expected.length) return false;
  if (challenge.type === 'QCU' && answered.length !== 1) return false;
  return answered.every((index, i) => index === expected[i]);
}

/**
 * A group for every answer, each group used once (bipartite matching, so that an answer matching
 * several groups never steals the only group of another): the group of each answer, or null.
 */
export function assignGroups(candidateGroups: number[][]): number[] | null {
  const ownerOfGroup = new Map<number, number>();
  const assign = (answer: number, seen: Set<number>): boolean => {
    for (const group of candidateGroups[answer]) {
      if (seen.has(group)) continue;
      seen.add(group);
      const owner = ownerOfGroup.get(group);
      if (owner === undefined || assign(owner, seen)) {
        ownerOfGroup.set(group, answer);
        return true;
      }
    }
    return false;
  };
  if (!candidateGroups.every((_, answer) => assign(answer, new Set()))) return null;
  const groupOf: number[] = [];
  for (const [group, answer] of ownerOfGroup) groupOf[answer] = group;
  return groupOf;
}

/** Whether every answer can be given its own group (see assignGroups). */
export function matchesDistinctGroups(candidateGroups: number[][]): boolean {
  return assignGroups(candidateGroups) !== null;
}

function isIndependentCorrect(fields: ChallengeField[], answers: Record<string, string>, challenge: CheckableChallenge): boolean {
  return fields.every((field) => {
    const answer = answers[field.name];
    return typeof answer === 'string' && matchesField(field, answer, fieldVariants(challenge.solution, field.name), challenge.tolerancesOff);
  });
}

/**
 * A QROCM-dep's reading of the answers: the groups each field's answer matches, and whether two
 * fields hold the same answer (refused). Null when a field has no answer.
 */
export function dependentCandidates(fields: ChallengeField[], answers: Record<string, string>, challenge: CheckableChallenge): { candidates: number[][]; repeated: boolean } | null {
  const off: readonly Tolerance[] = challenge.tolerancesOff;
  const values = fields.map((field) => answers[field.name]);
  if (values.some((value) => typeof value !== 'string')) return null;
  const keys = fields.map((field, i) => answerKey(field, values[i], off));
  const groups = solutionGroups(challenge.solution);
  const candidates = fields.map((field, i) =>
    groups.flatMap((group, g) => (matchesField(field, values[i], group, off) ? [g] : [])),
  );
  return { candidates, repeated: new Set(keys).size !== keys.length };
}

function isDependentCorrect(fields: ChallengeField[], answers: Record<string, string>, challenge: CheckableChallenge): boolean {
  const reading = dependentCandidates(fields, answers, challenge);
  if (!reading || reading.repeated) return false; // the same answer twice
  return matchesDistinctGroups(reading.candidates);
}

/** Whether the value is a correct answer, tolerances applied (the timer aside). */
export function isCorrectAnswer(challenge: CheckableChallenge, value: string): boolean {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return false;
  if (preTreat(value).trim() === '' || isSkip(value)) return false;
  switch (challenge.type) {
    case 'QCU':
    case 'QCM':
      return isChoiceCorrect(challenge, value);
    case 'QROC':
      return matchesField(fieldsOf(challenge)[0], value, qrocVariants(challenge.solution), challenge.tolerancesOff);
    case 'QROCM-ind':
    case 'QROCM-dep': {
      const answers = parseFieldValues(value);
      const fields = fieldsOf(challenge);
      if (!answers || fields.length === 0) return false;
      return challenge.type === 'QROCM-ind'
        ? isIndependentCorrect(fields, answers, challenge)
        : isDependentCorrect(fields, answers, challenge);
    }
    default:
      return false;
  }
}

/**
 * `skipped` for the skip marker; `ok` for a correct answer, or `timed-out` when the challenge is timed
 * and the answer came after its timer (plus the grace); `ko` otherwise (a wrong late answer stays `ko`).
 */
export function checkAnswer(challenge: CheckableChallenge, value: string, options: CheckOptions = {}): AnswerResultValue {
  if (typeof value === 'string' && isSkip(value)) return 'skipped';
  if (!isCorrectAnswer(challenge, value)) return 'ko';
  const { elapsedSeconds, graceSeconds = 0 } = options;
  if (challenge.timer && elapsedSeconds !== undefined && elapsedSeconds > challenge.timer + graceSeconds) return 'timed-out';
  return 'ok';
}
