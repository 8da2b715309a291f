/**
 * A session's codes (domain.md, "Certification"), pure: the randomness is injected.
 * - The access code the candidates type: 4 letters from BCDFGHJKMPQRTVWXY then 2 digits from 2346789
 *   (no vowel, so no word; no 0/O, 1/I/L, 5/S): 17^4 × 7^2 ≈ 4.1 × 10^6 codes, unique in the database.
 * - The invigilator password: 6 characters from the same letters and digits, handed to the invigilator
 *   by the centre; tries are throttled per session and per address.
 */
export const ACCESS_CODE_LETTERS = 'BCDFGHJKMPQRTVWXY';
export const ACCESS_CODE_DIGITS = '2346789';
export const ACCESS_CODE_PATTERN = /^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$/;
export const INVIGILATOR_PASSWORD_ALPHABET = `${ACCESS_CODE_DIGITS}${ACCESS_CODE_LETTERS}`;
export const INVIGILATOR_PASSWORD_PATTERN = /^[2346789BCDFGHJKMPQRTVWXY]{6}$/;

/** A source of random integers in [0, max). */
export type RandomInt = (max: number) => number;

function pick(alphabet: string, count: number, random: RandomInt): string {
  let picked = '';
  for (let i = 0; i < count; i += 1) picked += alphabet[random(alphabet.length)];
  return picked;
}

export function generateAccessCode(random: RandomInt): string {
  return pick(ACCESS_CODE_LETTERS, 4, random) + pick(ACCESS_CODE_DIGITS, 2, random);
}

export function generateInvigilatorPassword(random: RandomInt): string {
  return pick(INVIGILATOR_PASSWORD_ALPHABET, 6, random);
}

/** A typed code, as it is compared: without spaces, in upper case. */
export function normalizeSessionCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}
