/**
 * Campaign codes (domain.md §6): 9 characters, e.g. YRBVDF759. What a learner types is normalised as
 * the API does it (trimmed, upper-cased); spaces inside are dropped too, for a code copied in groups.
 */
export const CAMPAIGN_CODE_LENGTH = 9;

export function normalizeCampaignCode(typed: string): string {
  return typed.replace(/\s+/g, '').toUpperCase();
}

/** The shape the API accepts: 9 letters or digits (the API alone says whether the code exists). */
export function isCampaignCodeShape(code: string): boolean {
  return /^[A-Z0-9]{9}$/.test(code);
}
