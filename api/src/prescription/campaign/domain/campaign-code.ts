/**
 * Campaign codes (domain.md §6), pure: the randomness is injected. 9 characters: 6 upper-case letters
 * without I, L, O (read aloud in class without doubt), then 3 digits from 2 to 9 (no 0/O nor 1/I/L).
 * 23^6 × 8^3 ≈ 7.6 × 10^10 codes.
 */
export const CAMPAIGN_CODE_RULES = {
  letters: 'ABCDEFGHJKMNPQRSTUVWXYZ',
  letterCount: 6,
  digits: '23456789',
  digitCount: 3,
} as const;

export const CAMPAIGN_CODE_PATTERN = /^[ABCDEFGHJKMNPQRSTUVWXYZ]{6}[2-9]{3}$/;

/** A source of random integers in [0, max). */
export type RandomInt = (max: number) => number;

export function generateCampaignCode(random: RandomInt): string {
  const { letters, letterCount, digits, digitCount } = CAMPAIGN_CODE_RULES;
  let code = '';
  for (let i = 0; i < letterCount; i += 1) code += letters[random(letters.length)];
  for (let i = 0; i < digitCount; i += 1) code += digits[random(digits.length)];
  return code;
}

/** A typed code, as it is looked up: without surrounding or inner spaces, in upper case. */
export function normalizeCampaignCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

export function isCampaignCode(code: string): boolean {
  return CAMPAIGN_CODE_PATTERN.test(code);
}
