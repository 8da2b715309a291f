import type { MessageParams } from '../../../shared/domain/errors';
import { SiecleImportError, SiecleProblemCode, siecleProblem, type SiecleProblem } from './siecle-errors';

/**
 * A pupil as read from a SIECLE export (ElevesSansAdresses.xml), values as in the file (trimmed,
 * empty → null), with the class joined from STRUCTURES_ELEVE and the line of its ELEVE element.
 */
export interface RawSieclePupil {
  eleveId: string;
  line: number;
  nationalStudentId: string | null;
  lastName: string | null;
  preferredLastName: string | null;
  firstName: string | null;
  middleName: string | null;
  thirdName: string | null;
  birthdate: string | null;
  sexCode: string | null;
  birthCountryCode: string | null;
  birthProvinceCode: string | null;
  birthCityCode: string | null;
  birthCity: string | null;
  mefCode: string | null;
  status: string | null;
  leftAt: string | null;
  division: string | null;
}

type RawField = Exclude<keyof RawSieclePupil, 'eleveId' | 'line' | 'division'>;

/** Children of `ELEVE` that the import keeps, by their SIECLE element name. */
export const SIECLE_PUPIL_FIELDS: Readonly<Record<string, RawField>> = {
  ID_NATIONAL: 'nationalStudentId',
  NOM_DE_FAMILLE: 'lastName',
  NOM_USAGE: 'preferredLastName',
  PRENOM: 'firstName',
  PRENOM2: 'middleName',
  PRENOM3: 'thirdName',
  DATE_NAISS: 'birthdate',
  CODE_SEXE: 'sexCode',
  CODE_PAYS: 'birthCountryCode',
  CODE_DEPARTEMENT_NAISS: 'birthProvinceCode',
  CODE_COMMUNE_INSEE_NAISS: 'birthCityCode',
  VILLE_NAISS: 'birthCity',
  CODE_MEF: 'mefCode',
  CODE_STATUT: 'status',
  DATE_SORTIE: 'leftAt',
};

export function emptyRawSieclePupil(eleveId: string, line: number): RawSieclePupil {
  return {
    eleveId, line, nationalStudentId: null, lastName: null, preferredLastName: null, firstName: null,
    middleName: null, thirdName: null, birthdate: null, sexCode: null, birthCountryCode: null,
    birthProvinceCode: null, birthCityCode: null, birthCity: null, mefCode: null, status: null,
    leftAt: null, division: null,
  };
}

/** The structure value SIECLE gives to pupils without a class. */
export const INACTIVE_DIVISION = 'Inactifs';
export const FRANCE_COUNTRY_CODE = '100';

/** A pupil to import, normalised. */
export interface SieclePupil {
  nationalStudentId: string;
  firstName: string;
  middleName: string | null;
  thirdName: string | null;
  lastName: string;
  preferredLastName: string | null;
  sex: 'M' | 'F';
  /** AAAA-MM-JJ */
  birthdate: string;
  birthCountryCode: string | null;
  birthCityCode: string | null;
  birthCity: string | null;
  birthProvinceCode: string | null;
  division: string;
  mefCode: string | null;
  status: string | null;
}

/** Trimmed, NFC, internal spaces collapsed, case kept; empty → null. */
export function normalizeName(value: string | null | undefined): string | null {
  if (value == null) return null;
  const normalized = value.normalize('NFC').replace(/\s+/gu, ' ').trim();
  return normalized === '' ? null : normalized;
}

function normalizeCode(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function normalizeUai(value: string | null | undefined): string {
  return (value ?? '').trim().toUpperCase();
}

export function normalizeIne(value: string | null | undefined): string | null {
  const ine = normalizeCode(value)?.toUpperCase() ?? null;
  return ine;
}

const SEXES: Record<string, 'M' | 'F'> = { '1': 'M', '2': 'F' };

/** `JJ/MM/AAAA` → `AAAA-MM-JJ` when it is a real date between 1900 and today, else null. */
export function parseSiecleDate(value: string, today: Date): string | null {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [, dd, mm, yyyy] = match;
  const [day, month, year] = [Number(dd), Number(mm), Number(yyyy)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  if (year < 1900 || date.getTime() > todayUtc) return null;
  return `${yyyy}-${mm}-${dd}`;
}

/** A pupil is imported when they have not left and are in a class (not "Inactifs"). */
export function isCurrentPupil(raw: RawSieclePupil): boolean {
  const division = normalizeName(raw.division);
  return !normalizeCode(raw.leftAt) && division !== null && division.toLowerCase() !== INACTIVE_DIVISION.toLowerCase();
}

function displayName(raw: RawSieclePupil): string {
  return [normalizeName(raw.firstName), normalizeName(raw.lastName) ?? normalizeName(raw.preferredLastName)]
    .filter(Boolean)
    .join(' ');
}

/** How messages name a pupil: name, line of the file and SIECLE number. */
function pupilRef(raw: RawSieclePupil): { params: MessageParams; where: { line: number; pupil: string } } {
  const name = displayName(raw) || `n° SIECLE ${raw.eleveId}`;
  return {
    params: { pupil: name, line: raw.line, eleveId: raw.eleveId },
    where: { line: raw.line, pupil: `${name} (n° SIECLE ${raw.eleveId}, ligne ${raw.line})` },
  };
}

/**
 * The import rules (domain.md §5): the file must be the school's (UAJ = UAI); the current pupils
 * (no DATE_SORTIE, a class) must each have an INE found once, names, a sex and a possible birth
 * date, and a birth city code when born in France. Every pupil is checked, so that the school
 * fixes everything in one go; any problem refuses the whole file.
 */
export function validateSiecleImport(
  raw: { uai: string | null; pupils: RawSieclePupil[] },
  organizationUai: string,
  options: { today?: Date } = {},
): { pupils: SieclePupil[] } {
  const fileUai = normalizeUai(raw.uai);
  const expected = normalizeUai(organizationUai);
  if (!fileUai) throw SiecleImportError.of(SiecleProblemCode.UAI_MISMATCH, { expected }, { messageKey: 'siecle.uaiMissing' });
  if (fileUai !== expected) throw SiecleImportError.of(SiecleProblemCode.UAI_MISMATCH, { uai: fileUai, expected });

  const today = options.today ?? new Date();
  const problems: SiecleProblem[] = [];
  const pupils: SieclePupil[] = [];
  const byIne = new Map<string, RawSieclePupil>();

  for (const rawPupil of raw.pupils) {
    if (!isCurrentPupil(rawPupil)) continue;
    const ref = pupilRef(rawPupil);
    const problem = (code: SiecleProblemCode, extra: MessageParams = {}, messageKey?: string) =>
      problems.push(siecleProblem(code, { ...ref.params, ...extra }, { ...ref.where, messageKey }));
    const before = problems.length;

    const ine = normalizeIne(rawPupil.nationalStudentId);
    if (!ine) problem(SiecleProblemCode.INE_MISSING);
    else {
      const first = byIne.get(ine);
      if (first) {
        const other = pupilRef(first).params;
        problem(SiecleProblemCode.INE_DUPLICATE, { ine, otherPupil: other.pupil, otherLine: other.line, otherEleveId: other.eleveId });
      } else byIne.set(ine, rawPupil);
    }

    const firstName = normalizeName(rawPupil.firstName);
    const lastName = normalizeName(rawPupil.lastName);
    if (!firstName || !lastName) problem(SiecleProblemCode.NAME_MISSING);

    const sexCode = normalizeCode(rawPupil.sexCode);
    const sex = sexCode ? SEXES[sexCode] : undefined;
    if (!sex) problem(SiecleProblemCode.SEX_MISSING, { value: sexCode ?? '' }, sexCode ? 'siecle.sexInvalid' : undefined);

    const rawBirthdate = normalizeCode(rawPupil.birthdate);
    const birthdate = rawBirthdate ? parseSiecleDate(rawBirthdate, today) : null;
    if (!rawBirthdate) problem(SiecleProblemCode.BIRTHDATE_INVALID, {}, 'siecle.birthdateMissing');
    else if (!birthdate) problem(SiecleProblemCode.BIRTHDATE_INVALID, { value: rawBirthdate });

    const birthCountryCode = normalizeCode(rawPupil.birthCountryCode);
    const birthCityCode = normalizeCode(rawPupil.birthCityCode);
    if (birthCountryCode === FRANCE_COUNTRY_CODE && !birthCityCode) problem(SiecleProblemCode.BIRTH_CITY_MISSING);

    if (problems.length > before) continue;
    pupils.push({
      nationalStudentId: ine!,
      firstName: firstName!,
      middleName: normalizeName(rawPupil.middleName),
      thirdName: normalizeName(rawPupil.thirdName),
      lastName: lastName!,
      preferredLastName: normalizeName(rawPupil.preferredLastName),
      sex: sex!,
      birthdate: birthdate!,
      birthCountryCode,
      birthCityCode,
      birthCity: normalizeName(rawPupil.birthCity),
      birthProvinceCode: normalizeCode(rawPupil.birthProvinceCode),
      division: normalizeName(rawPupil.division)!,
      mefCode: normalizeCode(rawPupil.mefCode),
      status: normalizeCode(rawPupil.status),
    });
  }

  if (problems.length > 0) throw new SiecleImportError(problems);
  if (pupils.length === 0) throw SiecleImportError.of(SiecleProblemCode.NO_PUPIL);
  return { pupils };
}
