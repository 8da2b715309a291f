/**
 * The French search rule for lists already in the browser (the server's lists apply the same rule in
 * PostgreSQL: api/src/shared/infrastructure/database/french-text.ts): case, accents and the ligatures
 * œ/æ do not count, so "coeur" finds "Cœur" and "educ" finds "Éducation".
 */
export function frenchFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase();
}

/** `text` contains `typed` by the French search rule (an empty search matches everything). */
export function frenchIncludes(text: string, typed: string): boolean {
  return frenchFold(text).includes(frenchFold(typed.trim()));
}
