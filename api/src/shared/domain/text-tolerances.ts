/**
 * Text tolerances of domain.md §1 (pre-treatment, T1 "espaces, casse et accents", T2 "ponctuation",
 * T3 "distance d'édition"): the answer checking of the evaluation applies them to answers, the
 * reconciliation of pupils and the choice of usernames to names. Pure functions, no framework.
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
