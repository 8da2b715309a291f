import { MAX_VALUE_LENGTH, SKIP_MARKER, type CheckableChallenge, type ChallengeField } from './types';

/** Reading the value a learner sends (domain.md §1, "value sent"), and telling whether it is well formed. */

/** Whether the value is the skip marker ("Je passe"). */
export function isSkip(value: string): boolean {
  return value.trim() === SKIP_MARKER;
}

/** `"1, 3"` → `[1, 3]`; null when a part is not a whole number. */
export function parseIndexes(value: string): number[] | null {
  const parts = value.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d{1,6}$/.test(part))) return null;
  return parts.map(Number);
}

/** The answers of a QROCM: a JSON object whose values are all strings; null otherwise. */
export function parseFieldValues(value: string): Record<string, string> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.some(([, v]) => typeof v !== 'string')) return null;
  return Object.fromEntries(entries) as Record<string, string>;
}

/** The fields of a challenge; for a QROCM without declared fields, the solution's keys. */
export function fieldsOf(challenge: Pick<CheckableChallenge, 'fields' | 'solution' | 'type'>): ChallengeField[] {
  if (challenge.fields?.length) return challenge.fields;
  const { solution } = challenge;
  if (challenge.type === 'QROCM-ind' && solution && typeof solution === 'object' && !Array.isArray(solution))
    return Object.keys(solution).map((name) => ({ name, label: name }));
  return [];
}

function indexesWithinProposals(indexes: number[] | null, count: number): indexes is number[] {
  return !!indexes && indexes.length > 0 && indexes.every((i) => i >= 1 && i <= count) && new Set(indexes).size === indexes.length;
}

/**
 * Whether a value is well formed for the challenge's type, so that a malformed one is refused before
 * it is stored: the skip marker always; QCU one index within the proposals; QCM distinct indexes
 * within the proposals; QROC any text; QROCM a JSON object of strings with exactly the challenge's
 * field names. Never longer than 5 000 characters.
 */
export function isWellFormedValue(challenge: CheckableChallenge, value: string): boolean {
  if (typeof value !== 'string' || value.length > MAX_VALUE_LENGTH) return false;
  if (isSkip(value)) return true;
  const proposalsCount = challenge.proposals?.length ?? 0;
  switch (challenge.type) {
    case 'QCU': {
      const indexes = parseIndexes(value);
      return indexesWithinProposals(indexes, proposalsCount) && indexes.length === 1;
    }
    case 'QCM':
      return indexesWithinProposals(parseIndexes(value), proposalsCount);
    case 'QROC':
      return true;
    case 'QROCM-ind':
    case 'QROCM-dep': {
      const answers = parseFieldValues(value);
      if (!answers) return false;
      const names = fieldsOf(challenge).map((f) => f.name);
      const keys = Object.keys(answers);
      return names.length > 0 && keys.length === names.length && names.every((name) => keys.includes(name));
    }
    default:
      return false;
  }
}
