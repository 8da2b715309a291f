import { candidateIdentity, checkCandidate, MAX_CANDIDATES_PER_SESSION, type CandidateInput, type ValidCandidate } from './candidate';

/**
 * The candidates file of non-SCO centres: the template's columns (CSV, semicolon, UTF-8 BOM, French
 * headers), and the checks of every line before anything is stored. Line numbers are the file's
 * (the headers are line 1).
 */
export const CANDIDATES_FILE_COLUMNS = [
  { header: 'Nom de naissance', field: 'lastName' },
  { header: 'Prénom', field: 'firstName' },
  { header: 'Date de naissance (JJ/MM/AAAA)', field: 'birthdate' },
  { header: 'Sexe (M ou F)', field: 'sex' },
  { header: 'Code INSEE de la commune de naissance', field: 'birthInseeCode' },
  { header: 'Code postal de la commune de naissance', field: 'birthPostalCode' },
  { header: 'Nom de la commune de naissance', field: 'birthCity' },
  { header: 'Pays de naissance', field: 'birthCountry' },
  { header: 'E-mail du destinataire des résultats', field: 'resultRecipientEmail' },
  { header: 'Identifiant externe', field: 'externalId' },
  { header: 'Temps majoré (%)', field: 'extraTimePercentage' },
] as const satisfies readonly { header: string; field: keyof CandidateInput }[];

/** Two example lines of the template: born in France (INSEE code), born abroad. */
export const CANDIDATES_FILE_EXAMPLES: readonly string[][] = [
  ['DUPONT', 'Camille', '14/02/1990', 'F', '75115', '', '', 'FRANCE', 'camille.dupont@example.net', 'EMP-042', '0'],
  ['NGUYEN', 'Minh', '03/11/1988', 'M', '', '', 'Hanoï', 'VIET NAM', '', '', '30'],
];

/** A file line at most, beyond its candidates (bytes): the upload limit follows from it. */
export const CANDIDATES_FILE_MAX_BYTES = 1024 * 1024;

export interface FileProblem {
  /** The file's line (1: the headers); null for the whole file. */
  line: number | null;
  field: string | null;
  key: string;
  params?: Record<string, string | number>;
}

const F = 'certificationSessions.errors.file.';

const headerKey = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** "14/02/1990" → "1990-02-14" (anything else is given back as typed, and refused by the candidate's check). */
export function parseFrenchDate(value: string): string {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value);
  return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : value.trim();
}

/**
 * Checks a whole file, given as its records (the headers first): headers, the number of candidates
 * (what a session holds beside `enrolledIdentities`), each line's candidate, duplicates within the
 * file and with the session's candidates. Candidates come back only when no line has a problem.
 */
export function checkCandidatesFile(
  records: readonly string[][],
  context: { today: string; enrolledIdentities: ReadonlySet<string>; maxCandidates?: number },
): { candidates: ValidCandidate[]; problems: [] } | { candidates: null; problems: FileProblem[] } {
  const max = context.maxCandidates ?? MAX_CANDIDATES_PER_SESSION;
  const refuse = (problem: FileProblem) => ({ candidates: null, problems: [problem] });
  if (!records.length) return refuse({ line: null, field: null, key: F + 'empty' });

  const headers = records[0].map(headerKey);
  const indexes = CANDIDATES_FILE_COLUMNS.map((column) => headers.indexOf(headerKey(column.header)));
  const missing = CANDIDATES_FILE_COLUMNS.filter((_, i) => indexes[i] < 0).map((c) => `« ${c.header} »`);
  if (missing.length) return refuse({ line: 1, field: null, key: F + 'headers', params: { missing: missing.join(', ') } });

  const lines = records
    .map((cells, i) => ({ line: i + 1, cells }))
    .slice(1)
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (!lines.length) return refuse({ line: null, field: null, key: F + 'noCandidate' });
  const room = max - context.enrolledIdentities.size;
  if (lines.length > room) return refuse({ line: null, field: null, key: F + 'tooManyLines', params: { count: lines.length, max } });

  const problems: FileProblem[] = [];
  const candidates: ValidCandidate[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of lines) {
    const input: Record<string, string> = {};
    CANDIDATES_FILE_COLUMNS.forEach((column, i) => (input[column.field] = cells[indexes[i]] ?? ''));
    const typedBirthdate = input.birthdate.trim();
    input.birthdate = parseFrenchDate(input.birthdate);
    const checked = checkCandidate(input, context.today);
    if (!checked.candidate) {
      // A date is shown as it was typed in the file.
      const asTyped = (p: { field: string; params?: Record<string, string | number> }) => (p.field === 'birthdate' ? { ...p.params, value: typedBirthdate } : p.params);
      problems.push(...checked.problems.map((p) => ({ line, field: p.field, key: p.key, params: asTyped(p) })));
      continue;
    }
    const identity = candidateIdentity(checked.candidate);
    const first = seen.get(identity);
    if (first !== undefined) problems.push({ line, field: null, key: F + 'duplicateInFile', params: { line: first } });
    else if (context.enrolledIdentities.has(identity)) problems.push({ line, field: null, key: F + 'alreadyEnrolled' });
    else seen.set(identity, line);
    candidates.push(checked.candidate);
  }
  return problems.length ? { candidates: null, problems } : { candidates, problems: [] };
}
