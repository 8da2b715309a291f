import { DomainError, ErrorCode, type MessageParams } from '../../../shared/domain/errors';

/**
 * What can be wrong with a SIECLE file (ElevesSansAdresses): each problem has a stable code, an
 * i18n key under `siecle.` (the message tells the school what to fix) and, for a pupil, where.
 */
export const SiecleProblemCode = {
  UAI_MISMATCH: 'SIECLE_UAI_MISMATCH',
  INE_MISSING: 'SIECLE_INE_MISSING',
  INE_DUPLICATE: 'SIECLE_INE_DUPLICATE',
  NAME_MISSING: 'SIECLE_NAME_MISSING',
  SEX_MISSING: 'SIECLE_SEX_MISSING',
  BIRTHDATE_INVALID: 'SIECLE_BIRTHDATE_INVALID',
  BIRTH_CITY_MISSING: 'SIECLE_BIRTH_CITY_MISSING',
  NO_PUPIL: 'SIECLE_NO_PUPIL',
  TOO_MANY_PUPILS: 'SIECLE_TOO_MANY_PUPILS',
  NOT_SIECLE: 'SIECLE_NOT_SIECLE',
  ENCODING: 'SIECLE_ENCODING',
  NO_XML_IN_ZIP: 'SIECLE_NO_XML_IN_ZIP',
  SEVERAL_XML_IN_ZIP: 'SIECLE_SEVERAL_XML_IN_ZIP',
  ZIP_TOO_LARGE: 'SIECLE_ZIP_TOO_LARGE',
  ZIP_UNREADABLE: 'SIECLE_ZIP_UNREADABLE',
  FILE_TOO_LARGE: 'SIECLE_FILE_TOO_LARGE',
  EMPTY_FILE: 'SIECLE_EMPTY_FILE',
  MALFORMED_XML: 'SIECLE_MALFORMED_XML',
  DTD_FORBIDDEN: 'SIECLE_DTD_FORBIDDEN',
  NOT_ZIP_OR_XML: 'SIECLE_NOT_ZIP_OR_XML',
} as const;
export type SiecleProblemCode = (typeof SiecleProblemCode)[keyof typeof SiecleProblemCode];

/** The default message of each code (some codes have variants, e.g. `siecle.birthdateMissing`). */
const DEFAULT_KEYS: Record<SiecleProblemCode, string> = {
  SIECLE_UAI_MISMATCH: 'siecle.uaiMismatch',
  SIECLE_INE_MISSING: 'siecle.ineMissing',
  SIECLE_INE_DUPLICATE: 'siecle.ineDuplicate',
  SIECLE_NAME_MISSING: 'siecle.nameMissing',
  SIECLE_SEX_MISSING: 'siecle.sexMissing',
  SIECLE_BIRTHDATE_INVALID: 'siecle.birthdateInvalid',
  SIECLE_BIRTH_CITY_MISSING: 'siecle.birthCityMissing',
  SIECLE_NO_PUPIL: 'siecle.noPupil',
  SIECLE_TOO_MANY_PUPILS: 'siecle.tooManyPupils',
  SIECLE_NOT_SIECLE: 'siecle.notSiecle',
  SIECLE_ENCODING: 'siecle.encoding',
  SIECLE_NO_XML_IN_ZIP: 'siecle.noXmlInZip',
  SIECLE_SEVERAL_XML_IN_ZIP: 'siecle.severalXmlInZip',
  SIECLE_ZIP_TOO_LARGE: 'siecle.zipTooLarge',
  SIECLE_ZIP_UNREADABLE: 'siecle.zipUnreadable',
  SIECLE_FILE_TOO_LARGE: 'siecle.fileTooLarge',
  SIECLE_EMPTY_FILE: 'siecle.emptyFile',
  SIECLE_MALFORMED_XML: 'siecle.malformedXml',
  SIECLE_DTD_FORBIDDEN: 'siecle.dtdForbidden',
  SIECLE_NOT_ZIP_OR_XML: 'siecle.notZipOrXml',
};

export interface SiecleProblem {
  code: SiecleProblemCode;
  messageKey: string;
  params: MessageParams;
  /** Line of the XML file (the pupil's ELEVE element for a pupil's problem). */
  line?: number;
  /** The pupil concerned, as a person reads it: "Léa MARTIN (n° SIECLE 1234567)". */
  pupil?: string;
}

export function siecleProblem(
  code: SiecleProblemCode,
  params: MessageParams = {},
  where: { line?: number; pupil?: string; messageKey?: string } = {},
): SiecleProblem {
  const problem: SiecleProblem = { code, messageKey: where.messageKey ?? DEFAULT_KEYS[code], params };
  if (where.line !== undefined) problem.line = where.line;
  if (where.pupil !== undefined) problem.pupil = where.pupil;
  return problem;
}

/** At most this many problems travel with the error; `problemCount` says how many there were. */
export const MAX_LISTED_PROBLEMS = 50;

/**
 * A SIECLE file refused: nothing is written. A bad input on the field `file`; with one problem the
 * error's own message is that problem's, with several it is a summary and `extensions.problems`
 * lists them (each with its code, key, parameters, line and pupil).
 */
export class SiecleImportError extends DomainError {
  readonly field = 'file';
  readonly problems: SiecleProblem[];
  readonly problemCount: number;

  constructor(problems: SiecleProblem[]) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    const single = problems.length === 1 ? problems[0] : undefined;
    super(
      ErrorCode.BAD_USER_INPUT,
      single ? single.messageKey : 'siecle.severalProblems',
      single ? single.params : { count: problems.length, shown: listed.length },
      { field: 'file', problems: listed, problemCount: problems.length },
    );
    this.problems = listed;
    this.problemCount = problems.length;
  }

  /** A refusal of the whole file for one reason (not SIECLE, too large, malformed…). */
  static of(code: SiecleProblemCode, params: MessageParams = {}, where: { line?: number; messageKey?: string } = {}): SiecleImportError {
    return new SiecleImportError([siecleProblem(code, params, where)]);
  }

  get codes(): SiecleProblemCode[] {
    return this.problems.map((p) => p.code);
  }
}

/** The problems in words, for a job's `errors { code message line }` (translate is passed in). */
export function describeSiecleProblems(
  error: SiecleImportError,
  translate: (key: string, params: MessageParams) => string,
): { code: string; message: string; line: number | null }[] {
  return error.problems.map((p) => ({ code: p.code, message: translate(p.messageKey, p.params), line: p.line ?? null }));
}
