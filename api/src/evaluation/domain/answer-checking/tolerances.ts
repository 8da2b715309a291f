import type { ChallengeField, Tolerance } from './types';
import { applyT1, applyT2, isWithinEditDistance, preTreat } from '../../../shared/domain/text-tolerances';

export { MAX_LEVENSHTEIN_RATIO, preTreat, applyT1, applyT2, levenshtein, isWithinEditDistance } from '../../../shared/domain/text-tolerances';

/**
 * The tolerances of domain.md §1, applied the same way to the learner's answer and to every accepted
 * variant. Pure functions, no framework.
 */

/**
 * The pre-treatment of an answer or a variant, whatever the tolerances: NFC, non-breaking spaces as
 * spaces, and the leading and trailing whitespace cut (a link pasted with a trailing space or a
 * line break is the same link, even when T1 is off).
 */
export function preTreatAnswer(text: string): string {
  return preTreat(text).trim();
}

/** The text after the pre-treatment and the tolerances T1 and T2 that are on. */
export function treat(text: string, tolerancesOff: readonly Tolerance[] = []): string {
  let result = preTreatAnswer(text);
  if (!tolerancesOff.includes('T1')) result = applyT1(result);
  if (!tolerancesOff.includes('T2')) result = applyT2(result);
  return result;
}

/**
 * How an answer met a variant: EXACT (after the pre-treatment only), T1, T2 or T3 (the lightest
 * tolerance that made it match), NUMBER (compared as numbers), OPTION (a drop-down's option).
 */
export type MatchKind = 'EXACT' | 'T1' | 'T2' | 'T3' | 'NUMBER' | 'OPTION';

/** The variant an answer matched and how. */
export interface FieldMatch {
  variant: string;
  tolerance: MatchKind;
}

/**
 * The variant a free text matches under the tolerances that are on, with the lightest tolerance it
 * needed (every variant is tried without tolerance first, then with T1, T1 + T2, then T3); null when
 * none matches. The last comparison is `treat` on both sides, so a match here is exactly a match of
 * domain.md §1.
 */
export function textMatch(answer: string, variants: readonly string[], tolerancesOff: readonly Tolerance[] = []): FieldMatch | null {
  const treatedAnswer = treat(answer, tolerancesOff);
  if (treatedAnswer.trim() === '') return null;
  const stages: [MatchKind, (text: string) => string][] = [['EXACT', preTreatAnswer]];
  if (!tolerancesOff.includes('T1')) stages.push(['T1', (text) => applyT1(preTreatAnswer(text))]);
  if (!tolerancesOff.includes('T2')) stages.push(['T2', (text) => treat(text, tolerancesOff)]);
  for (const [tolerance, form] of stages) {
    const formed = form(answer);
    const variant = variants.find((v) => form(v) === formed);
    if (variant !== undefined) return { variant, tolerance };
  }
  if (tolerancesOff.includes('T3')) return null;
  const variant = variants.find((v) => isWithinEditDistance(treatedAnswer, treat(v, tolerancesOff)));
  return variant === undefined ? null : { variant, tolerance: 'T3' };
}

/** Whether a free text matches one of the accepted variants under the tolerances that are on. */
export function matchesText(answer: string, variants: readonly string[], tolerancesOff: readonly Tolerance[] = []): boolean {
  return textMatch(answer, variants, tolerancesOff) !== null;
}

/**
 * A number written by a learner, in a canonical decimal form, or null when it is not a number:
 * spaces (thousands separators, non-breaking ones included) are ignored, the decimal separator is
 * `,` or `.`, leading and trailing zeros do not count (`00025 000` → `25000`, `123,000` → `123`,
 * `4,5` → `4.5`), a unit written after it is ignored (`300 Mo` → `300`). Exact: no floating point,
 * so long numbers compare digit by digit.
 */
export function canonicalNumber(text: string): string | null {
  const compact = preTreat(text).replace(/\s+/g, '').replace(/\u2212/g, '-');
  // A unit after the number is allowed and ignored (`300 Mo`, `145 s`, `3 000 €`), as long as it holds no digit.
  const match = /^([+-]?)(\d*)(?:[.,](\d*))?(?:[^\d.,+-][^\d]*)?$/.exec(compact);
  if (!match) return null;
  const [, sign, integerPart, fractionPart = ''] = match;
  if (integerPart === '' && fractionPart === '') return null;
  const integer = integerPart.replace(/^0+/, '') || '0';
  const fraction = fractionPart.replace(/0+$/, '');
  const body = fraction ? `${integer}.${fraction}` : integer;
  return sign === '-' && body !== '0' ? `-${body}` : body;
}

/** The variant the answer to one field matches, as the field's format says, and how; null when none. */
export function fieldMatch(
  field: Pick<ChallengeField, 'format'> | undefined,
  answer: string,
  variants: readonly string[],
  tolerancesOff: readonly Tolerance[] = [],
): FieldMatch | null {
  if (preTreat(answer).trim() === '') return null;
  if (field?.format === 'nombre') {
    const number = canonicalNumber(answer);
    const variant = number === null ? undefined : variants.find((v) => canonicalNumber(v) === number);
    return variant === undefined ? null : { variant, tolerance: 'NUMBER' };
  }
  if (field?.format === 'select') {
    const treated = preTreatAnswer(answer);
    const variant = variants.find((v) => preTreatAnswer(v) === treated);
    return variant === undefined ? null : { variant, tolerance: 'OPTION' };
  }
  return textMatch(answer, variants, tolerancesOff);
}

/** Whether the answer to one field matches one of its variants, as the field's format says. */
export function matchesField(
  field: Pick<ChallengeField, 'format'> | undefined,
  answer: string,
  variants: readonly string[],
  tolerancesOff: readonly Tolerance[] = [],
): boolean {
  return fieldMatch(field, answer, variants, tolerancesOff) !== null;
}

/** The form under which two answers to fields of this format count as the same answer. */
export function answerKey(field: Pick<ChallengeField, 'format'> | undefined, answer: string, tolerancesOff: readonly Tolerance[] = []): string {
  if (field?.format === 'nombre') return canonicalNumber(answer) ?? treat(answer, tolerancesOff);
  if (field?.format === 'select') return preTreatAnswer(answer);
  return treat(answer, tolerancesOff);
}
