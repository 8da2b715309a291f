import type { LinkedAccount } from './school-managed-account';

/** A pupil of a school's list, as the console shows it. */
export interface LearnerRow {
  id: number;
  userId: number | null;
  firstName: string;
  lastName: string;
  birthdate: string | null;
  division: string | null;
  nationalStudentId: string | null;
  isDisabled: boolean;
  /** How the linked account logs in (none when the pupil has no account yet). */
  hasEmail: boolean;
  hasUsername: boolean;
  /** Logs in through the school's ENT (GAR, "Médiacentre"). */
  hasGar: boolean;
  username: string | null;
  /** The linked account, as the school's rule reads it (null when none). */
  account: LinkedAccount | null;
}

export interface LearnerListFilter {
  division?: string | null;
  search?: string | null;
  includeLeft?: boolean | null;
}

export type LearnerSortField = 'DIVISION' | 'LAST_NAME' | 'FIRST_NAME' | 'BIRTHDATE';
export type LearnerSort = { field: LearnerSortField; direction: 'ASC' | 'DESC' };

export type ImportJobState = 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';

/** A pupil an import added, or who left the school (the import report names them). */
export interface ImportedPupil {
  firstName: string;
  lastName: string;
  division: string | null;
}

/** How many names of each kind the report keeps; the counts say how many more there are. */
export const IMPORT_REPORT_NAMES_MAX = 200;

const frenchNatural = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** The pupils a report names: by class, then last name, then first name (French order, "6e2" before "6e10"), the first IMPORT_REPORT_NAMES_MAX. */
export function reportNames(pupils: readonly ImportedPupil[], max = IMPORT_REPORT_NAMES_MAX): ImportedPupil[] {
  return [...pupils]
    .sort(
      (a, b) =>
        frenchNatural.compare(a.division ?? '', b.division ?? '') ||
        frenchNatural.compare(a.lastName, b.lastName) ||
        frenchNatural.compare(a.firstName, b.firstName),
    )
    .slice(0, max);
}

/** A SIECLE import and what it did (or what to fix in the file). */
export interface ImportJobRow {
  id: number;
  organizationId: number;
  state: ImportJobState;
  progress: number;
  pupilsAdded: number | null;
  pupilsUpdated: number | null;
  pupilsLeft: number | null;
  /** The first pupils added and who left (see `reportNames`); empty until the import is done. */
  addedPupils: ImportedPupil[];
  leftPupils: ImportedPupil[];
  errors: { code: string; message: string; line: number | null }[];
}

/** A pupil and their account, as the school's account operations read them. */
export interface PupilAccountRow {
  learnerId: number;
  firstName: string;
  lastName: string;
  birthdate: string | null;
  division: string | null;
  nationalStudentId: string | null;
  userId: number | null;
  email: string | null;
  username: string | null;
  /** The linked account (null when none), as the school's rule reads it. */
  account: LinkedAccount | null;
}

/** A pupil of the school as reconciliation compares it with what a visitor typed. */
export interface CandidateRow {
  id: number;
  firstName: string;
  middleName: string | null;
  thirdName: string | null;
  lastName: string;
  preferredLastName: string | null;
  birthdate: string | null;
  isDisabled: boolean;
  userId: number | null;
  nationalStudentId: string | null;
}

export interface LinkedLearner {
  id: number;
  firstName: string;
  lastName: string;
  isDisabled: boolean;
}

export interface AccountFacts {
  email: string | null;
  username: string | null;
  /** Logs in through the GAR. */
  hasGarIdentity: boolean;
}

/** A current pupil with what a certification enrolment pre-fills (the SIECLE data). */
export interface CertifiablePupilRow {
  id: number;
  firstName: string;
  lastName: string;
  birthdate: string | null;
  sex: 'M' | 'F' | null;
  division: string | null;
  /** INSEE code of the birth town (born in France). */
  birthCityCode: string | null;
  birthCity: string | null;
  /** SIECLE's country code (100: France). */
  birthCountryCode: string | null;
  birthProvinceCode: string | null;
}
