import { isEmail, normalizeEmail } from '../../../shared/domain/account-rules';
import { findCountry, FRANCE } from './countries';

/** Candidates (domain.md, "Certification"): who is enrolled in a session, and the checks on what a centre types. */
export const MAX_CANDIDATES_PER_SESSION = 300;
export const CANDIDATE_TEXT_MAX = 255;

export interface CandidateInput {
  firstName?: string | null;
  lastName?: string | null;
  /** yyyy-mm-dd */
  birthdate?: string | null;
  sex?: string | null;
  birthCity?: string | null;
  birthInseeCode?: string | null;
  birthPostalCode?: string | null;
  birthCountry?: string | null;
  extraTimePercentage?: number | string | null;
  resultRecipientEmail?: string | null;
  externalId?: string | null;
}

export interface ValidCandidate {
  firstName: string;
  lastName: string;
  birthdate: string;
  sex: 'M' | 'F';
  birthCity: string | null;
  birthInseeCode: string | null;
  birthPostalCode: string | null;
  birthCountry: string;
  extraTimePercentage: number;
  resultRecipientEmail: string | null;
  externalId: string | null;
}

/** A problem of a candidate: the field to fix and its message (an i18n key with its parameters). */
export interface CandidateProblem {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

const P = 'certificationSessions.errors.candidate.';

const clean = (value: string | number | null | undefined): string => String(value ?? '').trim().replace(/\s+/g, ' ');

/** A real date, after 1900 and before `today` (yyyy-mm-dd). */
export function isPlausibleBirthdate(value: string, today: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && value < today;
}

/** Extra time: a whole number from 0 to 100, "30", "30 %" or empty (0). */
export function parseExtraTime(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return 0;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 100 ? value : null;
  const match = /^(\d{1,3})\s*%?$/.exec(value.trim());
  if (!match) return value.trim() === '' ? 0 : null;
  const n = Number(match[1]);
  return n <= 100 ? n : null;
}

/**
 * Checks a candidate, every field at once (a form or a file line shows all its problems):
 * names, a real birth date, the sex, a known birth country; born in France, either the INSEE code
 * of the birth town or its postal code and name; born abroad, the city only; extra time 0–100 %;
 * the results recipient's e-mail when given.
 */
export function checkCandidate(input: CandidateInput, today: string): { candidate: ValidCandidate; problems: [] } | { candidate: null; problems: CandidateProblem[] } {
  const problems: CandidateProblem[] = [];
  const problem = (field: string, key: string, params?: Record<string, string | number>) => problems.push({ field, key: P + key, params });

  const lastName = clean(input.lastName);
  const firstName = clean(input.firstName);
  if (!lastName) problem('lastName', 'lastNameRequired');
  if (!firstName) problem('firstName', 'firstNameRequired');
  if (lastName.length > CANDIDATE_TEXT_MAX || firstName.length > CANDIDATE_TEXT_MAX) problem('lastName', 'nameTooLong', { max: CANDIDATE_TEXT_MAX });

  const birthdate = clean(input.birthdate);
  if (!isPlausibleBirthdate(birthdate, today)) problem('birthdate', 'birthdate', { value: birthdate });

  const sex = clean(input.sex).toUpperCase();
  if (sex !== 'M' && sex !== 'F') problem('sex', 'sex');

  const typedCountry = clean(input.birthCountry);
  const country = typedCountry ? findCountry(typedCountry) : null;
  if (!typedCountry) problem('birthCountry', 'countryRequired');
  else if (!country) problem('birthCountry', 'countryUnknown', { value: typedCountry });

  const inseeCode = clean(input.birthInseeCode).toUpperCase() || null;
  const postalCode = clean(input.birthPostalCode) || null;
  const city = clean(input.birthCity) || null;
  if (country === FRANCE) {
    if ((inseeCode && postalCode) || (!inseeCode && !postalCode)) problem('birthInseeCode', 'franceBirthplace');
    else if (inseeCode && !/^(\d{5}|2[AB]\d{3})$/.test(inseeCode)) problem('birthInseeCode', 'inseeCode', { value: inseeCode });
    else if (postalCode && !/^\d{5}$/.test(postalCode)) problem('birthPostalCode', 'postalCode', { value: postalCode });
    else if (postalCode && !city) problem('birthCity', 'cityRequired');
  } else if (country && (inseeCode || postalCode || !city)) problem('birthCity', 'abroadCityRequired');

  const extraTime = parseExtraTime(input.extraTimePercentage);
  if (extraTime === null) problem('extraTimePercentage', 'extraTime', { value: clean(input.extraTimePercentage) });

  const email = clean(input.resultRecipientEmail) ? normalizeEmail(clean(input.resultRecipientEmail)) : null;
  if (email && !isEmail(email)) problem('resultRecipientEmail', 'email', { value: clean(input.resultRecipientEmail) });

  const externalId = clean(input.externalId) || null;
  if (externalId && externalId.length > CANDIDATE_TEXT_MAX) problem('externalId', 'externalIdTooLong', { max: CANDIDATE_TEXT_MAX });

  if (problems.length) return { candidate: null, problems };
  return {
    candidate: {
      firstName,
      lastName,
      birthdate,
      sex: sex as 'M' | 'F',
      birthCity: city,
      birthInseeCode: country === FRANCE ? inseeCode : null,
      birthPostalCode: country === FRANCE ? postalCode : null,
      birthCountry: country!,
      extraTimePercentage: extraTime!,
      resultRecipientEmail: email,
      externalId,
    },
    problems: [],
  };
}

/** Who a candidate is, as a session compares them: names without case, accents nor ligatures, and the birth date. */
export function candidateIdentity(candidate: { lastName: string; firstName: string; birthdate: string }): string {
  const fold = (s: string) =>
    s
      .replace(/œ/gi, 'oe')
      .replace(/æ/gi, 'ae')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
  return `${fold(candidate.lastName)}|${fold(candidate.firstName)}|${candidate.birthdate}`;
}

/** A birth date as the French read it. */
export const frenchDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');

/** How many candidates fit in a session (null: they do). */
export function exceedsSessionCapacity(current: number, added: number): { max: number; current: number; added: number } | null {
  return current + added > MAX_CANDIDATES_PER_SESSION ? { max: MAX_CANDIDATES_PER_SESSION, current, added } : null;
}
