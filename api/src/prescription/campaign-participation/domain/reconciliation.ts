import { applyT1, applyT2, isWithinEditDistance, preTreat } from '../../../shared/domain/text-tolerances';
import { BadUserInputError } from '../../../shared/domain/errors';

/**
 * Reconciliation of an account with a pupil of a school (domain.md §5), pure: among the school's
 * current pupils born exactly on the typed date, the typed first name must match the pupil's first,
 * second or third first name and the typed last name the family or usage name, after standardising
 * both sides (T1 then T2); strictly first, then within the T3 edit distance; exactly one pupil must match.
 */
export interface PupilCandidate {
  id: number;
  firstName: string;
  middleName: string | null;
  thirdName: string | null;
  lastName: string;
  preferredLastName: string | null;
  /** AAAA-MM-JJ. */
  birthdate: string | null;
  isDisabled: boolean;
}

export interface TypedIdentity {
  firstName: string;
  lastName: string;
  /** AAAA-MM-JJ, checked by `validateTypedIdentity`. */
  birthdate: string;
}

export type PupilMatch = { kind: 'match'; pupilId: number } | { kind: 'none' } | { kind: 'ambiguous' };

export const RECONCILIATION_RULES = { nameMaxLength: 255 } as const;

/** A name as reconciliation compares it: T1 then T2 (`Jean-Étienne` → `jeanetienne`, `D'Arcy` → `darcy`). */
export function standardiseName(name: string): string {
  return applyT2(applyT1(preTreat(name))).replace(/\s/g, '');
}

/** A real calendar date written AAAA-MM-JJ, else null. */
export function parseBirthdate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? value.trim() : null;
}

/** Checks what the learner typed; each error names the field to fix. */
export function validateTypedIdentity(request: { firstName: string; lastName: string; birthdate: string }): TypedIdentity {
  const name = (value: string, field: string) => {
    const trimmed = value.trim().replace(/\s+/g, ' ');
    if (!standardiseName(trimmed)) throw new BadUserInputError(field, 'errors.field.required');
    if ([...trimmed].length > RECONCILIATION_RULES.nameMaxLength) throw new BadUserInputError(field, 'errors.field.tooLong', { max: RECONCILIATION_RULES.nameMaxLength });
    return trimmed;
  };
  const firstName = name(request.firstName, 'firstName');
  const lastName = name(request.lastName, 'lastName');
  const birthdate = parseBirthdate(request.birthdate);
  if (!birthdate) throw new BadUserInputError('birthdate', 'errors.reconciliation.birthdateInvalid');
  return { firstName, lastName, birthdate };
}

type Compare = (typed: string, name: string) => boolean;
const strictly: Compare = (typed, name) => typed === name;
const closely: Compare = (typed, name) => isWithinEditDistance(typed, name);

const namesOf = (values: (string | null)[]) => values.filter((v): v is string => !!v).map(standardiseName).filter(Boolean);

function matching(candidates: PupilCandidate[], firstName: string, lastName: string, compare: Compare): PupilCandidate[] {
  return candidates.filter(
    (pupil) =>
      namesOf([pupil.firstName, pupil.middleName, pupil.thirdName]).some((name) => compare(firstName, name)) &&
      namesOf([pupil.lastName, pupil.preferredLastName]).some((name) => compare(lastName, name)),
  );
}

/** The pupil the learner is, if exactly one matches (strict comparison first, then the T3 distance). */
export function matchPupil(candidates: readonly PupilCandidate[], typed: TypedIdentity): PupilMatch {
  const born = candidates.filter((pupil) => !pupil.isDisabled && pupil.birthdate === typed.birthdate);
  const firstName = standardiseName(typed.firstName);
  const lastName = standardiseName(typed.lastName);
  for (const compare of [strictly, closely]) {
    const found = matching(born, firstName, lastName, compare);
    if (found.length === 1) return { kind: 'match', pupilId: found[0].id };
    if (found.length > 1) return { kind: 'ambiguous' };
  }
  return { kind: 'none' };
}
