/**
 * Joining a session (domain.md "Certification", joining): the candidate names the session number, their
 * first name, birth last name and birth date. Names are compared after removing accents, case and every
 * character that is not a letter or a digit, then must be exactly equal. Pure.
 */

/** "Jean-Édouard d'Artois " → "jeanedouarddartois". */
export function comparableName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface CandidateIdentity {
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd */
  birthdate: string;
}

export function identityMatches(typed: CandidateIdentity, enrolled: CandidateIdentity): boolean {
  const first = comparableName(typed.firstName);
  const last = comparableName(typed.lastName);
  if (!first || !last) return false;
  return first === comparableName(enrolled.firstName) && last === comparableName(enrolled.lastName) && typed.birthdate === enrolled.birthdate;
}

/** The enrolled candidates whose identity the typed one matches (two would be a duplicate enrolment). */
export function matchingCandidates<T extends CandidateIdentity>(typed: CandidateIdentity, enrolled: readonly T[]): T[] {
  return enrolled.filter((candidate) => identityMatches(typed, candidate));
}
