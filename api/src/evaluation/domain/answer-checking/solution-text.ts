import { BadUserInputError } from '../../../shared/domain/errors';
import { JsonSyntaxError, parseLocatedJson, type JsonPath, type LocatedJson } from './located-json';
import type { CheckableChallenge, ChallengeField, Tolerance } from './types';

/**
 * A solution and its fields as an author writes them in the content files (api/content/README.md,
 * JSON: QCU `"2"`, QCM `"1,3"`, QROC `["variant", …]`, QROCM-ind `{ "field": ["variant", …] }`,
 * QROCM-dep `[["group 1 variant", …], …]`; fields `[{ "name", "label", "format"?, "options"? }]`),
 * read into the challenge the checker reads. A text that does not fit its type is refused with a
 * translated message naming the line (BAD_USER_INPUT, field `solution` or `fields`). Pure.
 */

export interface SolutionText {
  type: CheckableChallenge['type'];
  solution: string;
  /** Optional for a QCU, QCM, QROC (one text field) and a QROCM-ind (its solution's keys). */
  fields?: string | null;
  tolerancesOff?: readonly Tolerance[];
}

type Place = 'solution' | 'fields';

const refuse = (place: Place, key: string, line: number, params: Record<string, string | number> = {}): never => {
  throw new BadUserInputError(place, `contentAdmin.${place}.${key}`, { line, ...params });
};

function read(place: Place, text: string): LocatedJson {
  if (text.trim() === '') refuse(place, 'empty', 1);
  try {
    return parseLocatedJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return refuse(place, `syntax${error.problem}`, error.line, { character: error.character });
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The variants at `path` (a non-empty list of non-empty texts), or a refusal naming the line. */
function variantsAt(json: LocatedJson, path: JsonPath, value: unknown, key: string, params: Record<string, string | number> = {}): string[] {
  if (!Array.isArray(value) || value.length === 0) return refuse('solution', key, json.lineOf(path), params);
  const wrong = value.findIndex((variant) => !isText(variant));
  if (wrong >= 0) refuse('solution', 'variantText', json.lineOf([...path, wrong]));
  return value as string[];
}

const FORMATS = ['texte', 'nombre', 'select'];

function readFields(text: string): ChallengeField[] {
  const json = read('fields', text);
  if (!Array.isArray(json.value) || json.value.length === 0) return refuse('fields', 'list', json.lineOf([]));
  const fields = json.value.map((raw, i): ChallengeField => {
    const line = json.lineOf([i]);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse('fields', 'list', line);
    const { name, label, format, options } = raw as Record<string, unknown>;
    if (!isText(name) || typeof label !== 'string') return refuse('fields', 'nameAndLabel', line);
    if (format !== undefined && (typeof format !== 'string' || !FORMATS.includes(format))) refuse('fields', 'format', json.lineOf([i, 'format']));
    const optionList = Array.isArray(options) && options.every(isText) ? options : null;
    if (format === 'select' && (!optionList || optionList.length < 2)) refuse('fields', 'options', line, { field: name });
    return { name, label, ...(format ? { format: format as ChallengeField['format'] } : {}), ...(optionList ? { options: optionList } : {}) };
  });
  const names = fields.map((f) => f.name);
  const repeated = names.findIndex((name, i) => names.indexOf(name) !== i);
  if (repeated >= 0) refuse('fields', 'repeated', json.lineOf([repeated]), { field: names[repeated] });
  return fields;
}

function readChoice(json: LocatedJson, type: 'QCU' | 'QCM'): string {
  const raw = typeof json.value === 'number' ? String(json.value) : json.value;
  if (typeof raw !== 'string') return refuse('solution', type === 'QCU' ? 'qcu' : 'qcm', json.lineOf([]));
  const indexes = raw.split(',').map((part) => part.trim());
  const valid = indexes.every((part) => /^[1-9]\d{0,5}$/.test(part)) && new Set(indexes.map(Number)).size === indexes.length;
  if (!valid || (type === 'QCU' ? indexes.length !== 1 : indexes.length < 2)) refuse('solution', type === 'QCU' ? 'qcu' : 'qcm', json.lineOf([]));
  return raw;
}

/** The challenge the checker reads, from the texts of the sandbox; refuses a text that does not fit its type. */
export function readSolutionText(input: SolutionText): CheckableChallenge {
  const tolerancesOff = [...new Set(input.tolerancesOff ?? [])];
  const json = read('solution', input.solution);
  const fields = input.fields?.trim() ? readFields(input.fields) : null;
  const challenge = { type: input.type, fields: null, proposals: null, tolerancesOff, timer: null };
  switch (input.type) {
    case 'QCU':
    case 'QCM':
      return { ...challenge, solution: readChoice(json, input.type) };
    case 'QROC': {
      if (fields && fields.length !== 1) refuse('fields', 'qrocOne', 1);
      return { ...challenge, fields, solution: variantsAt(json, [], json.value, 'qroc') };
    }
    case 'QROCM-ind': {
      const value = json.value;
      if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length === 0) return refuse('solution', 'qrocmInd', json.lineOf([]));
      const solution = Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([name, variants]) => [name, variantsAt(json, [name], variants, 'fieldVariants', { field: name })]),
      );
      if (fields) {
        const names = fields.map((f) => f.name);
        const unknown = Object.keys(solution).find((name) => !names.includes(name));
        if (unknown) refuse('solution', 'unknownField', json.lineOf([unknown]), { field: unknown, names: names.join(', ') });
        const missing = names.find((name) => !(name in solution));
        if (missing) refuse('solution', 'missingField', json.lineOf([]), { field: missing });
      } else if (Object.keys(solution).length < 2) refuse('solution', 'qrocmTwoFields', json.lineOf([]));
      if (fields && fields.length < 2) refuse('fields', 'qrocmTwo', 1);
      return { ...challenge, fields, solution };
    }
    case 'QROCM-dep': {
      const value = json.value;
      if (!Array.isArray(value) || value.length === 0) return refuse('solution', 'qrocmDep', json.lineOf([]));
      const solution = value.map((group, g) => variantsAt(json, [g], group, 'qrocmDep'));
      if (!fields || fields.length < 2) return refuse('fields', 'qrocmTwo', 1);
      if (solution.length < fields.length) refuse('solution', 'groupCount', json.lineOf([]), { fields: fields.length, groups: solution.length });
      return { ...challenge, fields, solution };
    }
    default:
      return refuse('solution', 'type', 1);
  }
}
