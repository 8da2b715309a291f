import type { ChallengeField, Tolerance } from '../../../learning-content/domain/learning-content';

/**
 * The tolerances of domain.md §1, applied the same way to the learner's answer and to every accepted
 * variant. Pure functions, no framework.
 */

/** Largest accepted Levenshtein distance, as a share of the treated answer's length (boundary included). */
export const MAX_LEVENSHTEIN_RATIO = 0.25;

const NON_BREAKING_SPACES = /[\u00A0\u2007\u202F]/g;

/** Always applied first: Unicode NFC, and non-breaking spaces (U+00A0, U+2007, U+202F) turned into spaces. */
export function preTreat(text: string): string {
  return text.normalize('NFC').replace(NON_BREAKING_SPACES, ' ');
}

/** T1 "espaces, casse et accents": trim, lower-case, remove accents and cedillas, remove all whitespace (æ, œ kept). */
export function applyT1(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/\s/g, '');
}

/** T2 "ponctuation": delete what is not a letter, a digit or a space, then collapse (and trim) the spaces. */
export function applyT2(text: string): string {
  return text
    .replace(/[^\p{L}\p{M}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance, counted in Unicode code points. */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= t.length; j += 1) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[t.length];
}

/**
 * T3 "distance d'édition": distance / length of the treated answer ≤ 0.25, boundary included
 * (`quak` for `qvak`: 1/4, accepted). Computed in integers so that the boundary is exact.
 */
export function isWithinEditDistance(treatedAnswer: string, treatedVariant: string): boolean {
  const length = Array.from(treatedAnswer).length;
  if (length === 0 || treatedVariant === '') return false;
  return levenshtein(treatedAnswer, treatedVariant) * 4 <= length;
}

/** The text after the pre-treatment and the tolerances T1 and T2 that are on. */
export function treat(text: string, tolerancesOff: readonly Tolerance[] = []): string {
  let result = preTreat(text);
  if (!tolerancesOff.includes('T1')) result = applyT1(result);
  if (!tolerancesOff.includes('T2')) result = applyT2(result);
  return result;
}

/** Whether a free text matches one of the accepted variants under the tolerances that are on. */
export function matchesText(answer: string, variants: readonly string[], tolerancesOff: readonly Tolerance[] = []): boolean {
  const treatedAnswer = treat(answer, tolerancesOff);
  if (treatedAnswer.trim() === '') return false;
  const treatedVariants = variants.map((variant) => treat(variant, tolerancesOff));
  if (treatedVariants.includes(treatedAnswer)) return true;
  if (tolerancesOff.includes('T3')) return false;
  return treatedVariants.some((variant) => isWithinEditDistance(treatedAnswer, variant));
}

/**
 * A number written by a learner, in a canonical decimal form, or null when it is not a number:
 * spaces (thousands separators, non-breaking ones included) are ignored, the decimal separator is
 * `,` or `.`, leading and trailing zeros do not count (`00025 000` → `25000`, `123,000` → `123`,
 * `4,5` → `4.5`). Exact: no floating point, so long numbers compare digit by digit.
 */
export function canonicalNumber(text: string): string | null {
  const compact = preTreat(text).replace(/\s+/g, '').replace(/\u2212/g, '-');
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return null;
  const [, sign, integerPart, fractionPart = ''] = match;
  if (integerPart === '' && fractionPart === '') return null;
  const integer = integerPart.replace(/^0+/, '') || '0';
  const fraction = fractionPart.replace(/0+$/, '');
  const body = fraction ? `${integer}.${fraction}` : integer;
  return sign === '-' && body !== '0' ? `-${body}` : body;
}

/** Whether the answer to one field matches one of its variants, as the field's format says. */
export function matchesField(
  field: Pick<ChallengeField, 'format'> | undefined,
  answer: string,
  variants: readonly string[],
  tolerancesOff: readonly Tolerance[] = [],
): boolean {
  if (preTreat(answer).trim() === '') return false;
  if (field?.format === 'nombre') {
    const number = canonicalNumber(answer);
    return number !== null && variants.some((variant) => canonicalNumber(variant) === number);
  }
  if (field?.format === 'select') {
    const treated = preTreat(answer);
    return variants.some((variant) => preTreat(variant) === treated);
  }
  return matchesText(answer, variants, tolerancesOff);
}

/** The form under which two answers to fields of this format count as the same answer. */
export function answerKey(field: Pick<ChallengeField, 'format'> | undefined, answer: string, tolerancesOff: readonly Tolerance[] = []): string {
  if (field?.format === 'nombre') return canonicalNumber(answer) ?? treat(answer, tolerancesOff);
  if (field?.format === 'select') return preTreat(answer);
  return treat(answer, tolerancesOff);
}
