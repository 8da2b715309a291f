/**
 * A certificate's verification code (domain.md, "Certification › Results"): `P-` then 8 characters
 * from 2346789BCDFGHJKMPQRTVWXY (no vowel, no 0/O, 1/I/L, 5/S): 24^8 ≈ 1.1 × 10^11 codes, so that a
 * random guess finds nothing (the public verification is throttled too). Pure: randomness injected.
 */
export const VERIFICATION_CODE_ALPHABET = '2346789BCDFGHJKMPQRTVWXY';
export const VERIFICATION_CODE_PATTERN = /^P-[2346789BCDFGHJKMPQRTVWXY]{8}$/;

export type RandomInt = (max: number) => number;

export function generateVerificationCode(random: RandomInt): string {
  let code = 'P-';
  for (let i = 0; i < 8; i += 1) code += VERIFICATION_CODE_ALPHABET[random(VERIFICATION_CODE_ALPHABET.length)];
  return code;
}

/** A typed code as it is looked up: spaces removed, upper case, the dash optional ("p c3yfq8gc"). */
export function normalizeVerificationCode(typed: string): string {
  const compact = typed.replace(/[\s-]+/g, '').toUpperCase();
  return compact.startsWith('P') && compact.length === 9 ? `P-${compact.slice(1)}` : compact;
}
