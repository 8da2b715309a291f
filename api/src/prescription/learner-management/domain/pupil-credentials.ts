import { applyT1, applyT2 } from '../../../shared/domain/text-tolerances';

/**
 * Usernames and temporary passwords of pupils (domain.md §4), pure: the randomness is injected.
 * `prenom.nomJJMM`: first and last names standardised (T1 then T2), then the birth day and month.
 */

/** A source of random integers in [0, max). */
export type RandomInt = (max: number) => number;

const standardise = (name: string) => applyT2(applyT1(name)).replace(/\s/g, '');

/** `eloise.darcy` for Éloïse D'Arcy: the part of the username before the digits. */
export function usernameStem(firstName: string, lastName: string): string {
  return `${standardise(firstName)}.${standardise(lastName)}`;
}

/** The four digits of the birth date (AAAA-MM-JJ) as JJMM: `0503` for 2010-03-05. */
export function birthdayDigits(birthdate: string): string {
  const [, month, day] = birthdate.split('-');
  return `${day}${month}`;
}

const MAX_RANDOM_TRIES = 1000;

/**
 * The pupil's username: `stem + JJMM`, or, when taken, the stem and 4 random digits until free.
 * `isTaken` sees the usernames of the database and those given earlier in the same batch.
 */
export function chooseUsername(
  pupil: { firstName: string; lastName: string; birthdate: string },
  isTaken: (username: string) => boolean,
  random: RandomInt,
): string {
  const stem = usernameStem(pupil.firstName, pupil.lastName);
  const preferred = stem + birthdayDigits(pupil.birthdate);
  if (!isTaken(preferred)) return preferred;
  for (let i = 0; i < MAX_RANDOM_TRIES; i += 1) {
    const candidate = stem + String(random(10_000)).padStart(4, '0');
    if (!isTaken(candidate)) return candidate;
  }
  throw new Error(`no free username for ${stem}`);
}

// No 0/O, 1/l/I: the sheet is read aloud and typed by pupils.
const LOWER = 'abcdefghjkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKMNPQRSTUVWXYZ';
const DIGITS = '23456789';
export const TEMPORARY_PASSWORD_LENGTH = 8;

/** 8 characters with a lower-case letter, an upper-case letter and a digit, so the password rule holds. */
export function temporaryPassword(random: RandomInt): string {
  const all = LOWER + UPPER + DIGITS;
  const pick = (alphabet: string) => alphabet[random(alphabet.length)];
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS)];
  while (chars.length < TEMPORARY_PASSWORD_LENGTH) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}
