/**
 * One challenge of a content file: its fields, its solution, the answers the lint runs through the
 * checker, its assets, and the English version (content format v3: `proposalsEn`, `labelEn`,
 * `optionsEn`, `fileEn`, `mustAcceptEn` / `mustRefuseEn`). Pure.
 */
import { CHALLENGE_TYPES, type AnswerChecks, type Challenge, type ChallengeField, type Skill, type Solution } from './learning-content';
import type { Checker, Obj } from './content-checker';

const TOLERANCES = ['T1', 'T2', 'T3'];
const STATUSES = ['validated', 'archived', 'obsolete'];
const FIELD_FORMATS = ['texte', 'nombre', 'select'];

function parseFields(check: Checker, raw: Obj, field: string): ChallengeField[] | null {
  if (raw.fields === undefined) return null;
  return check.array(raw, 'fields', field).map((f, i) => {
    const path = `${field}.fields[${i}]`;
    const obj = check.object(f, path);
    const format = check.string(obj, 'format', path, true) || undefined;
    if (format && !FIELD_FORMATS.includes(format)) check.fail(`${path}.format`, `one of ${FIELD_FORMATS.join(', ')}`);
    const options = obj.options === undefined ? undefined : check.stringArray(obj, 'options', path);
    if (format === 'select' && (!options || options.length < 2)) check.fail(`${path}.options`, 'a select needs at least 2 options');
    const labelEn = check.string(obj, 'labelEn', path, true) || undefined;
    const optionsEn = obj.optionsEn === undefined ? undefined : check.stringArray(obj, 'optionsEn', path);
    if (optionsEn && optionsEn.length !== (options?.length ?? 0))
      check.fail(`${path}.optionsEn`, 'the same number of options as `options`, in the same order');
    return {
      name: check.string(obj, 'name', path),
      label: check.string(obj, 'label', path),
      ...(labelEn ? { labelEn } : {}),
      ...(format ? { format: format as ChallengeField['format'] } : {}),
      ...(options ? { options } : {}),
      ...(optionsEn ? { optionsEn } : {}),
    };
  });
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

/** Checks that a solution is well formed for its type (indexes within proposals, fields named…). */
export function solutionProblems(challenge: Pick<Challenge, 'type' | 'proposals' | 'fields' | 'solution'>): string[] {
  const { type, proposals, fields, solution } = challenge;
  const problems: string[] = [];
  const indexes = (value: string) => value.split(',').map((s) => Number(s.trim()));
  if (type === 'QCU' || type === 'QCM') {
    if (!proposals || proposals.length < 2) problems.push('proposals: at least 2 proposals are expected');
    if (fields) problems.push('fields: not used by choice challenges');
    if (typeof solution !== 'string') return [...problems, 'solution: a string of indexes is expected'];
    const chosen = indexes(solution);
    if (chosen.some((n) => !Number.isInteger(n) || n < 1 || n > (proposals?.length ?? 0)))
      problems.push(`solution: "${solution}" has an index outside the proposals`);
    if (new Set(chosen).size !== chosen.length) problems.push(`solution: "${solution}" repeats an index`);
    if (type === 'QCU' && chosen.length !== 1) problems.push('solution: a QCU has exactly one expected index');
    if (type === 'QCM' && chosen.length < 2) problems.push('solution: a QCM expects at least 2 indexes');
    return problems;
  }
  if (proposals) problems.push('proposals: only for QCU and QCM');
  if (!fields || fields.length === 0) return [...problems, 'fields: at least one input field is expected'];
  const names = fields.map((f) => f.name);
  if (new Set(names).size !== names.length) problems.push('fields: names must be unique');
  const checkSelect = (f: ChallengeField, variants: string[]) => {
    if (f.format === 'select' && variants.some((v) => !f.options?.includes(v)))
      problems.push(`solution.${f.name}: a select's solution must be one of its options`);
    if (f.format === 'nombre' && variants.some((v) => Number.isNaN(Number(v.replace(/\s/g, '').replace(',', '.')))))
      problems.push(`solution.${f.name}: a number field expects numbers`);
  };
  if (type === 'QROC') {
    if (fields.length !== 1) problems.push('fields: a QROC has exactly one field');
    if (!isStringArray(solution) || solution.length === 0) return [...problems, 'solution: a non-empty array of accepted variants is expected'];
    checkSelect(fields[0], solution);
    return problems;
  }
  if (type === 'QROCM-ind') {
    if (fields.length < 2) problems.push('fields: a QROCM has at least two fields');
    if (!solution || typeof solution !== 'object' || Array.isArray(solution))
      return [...problems, 'solution: an object { field: [variants] } is expected'];
    const keys = Object.keys(solution);
    for (const name of names) if (!keys.includes(name)) problems.push(`solution: no variants for field "${name}"`);
    for (const key of keys) if (!names.includes(key)) problems.push(`solution: "${key}" is not a field`);
    for (const f of fields) {
      const variants = (solution as Record<string, unknown>)[f.name];
      if (variants !== undefined && !isStringArray(variants)) problems.push(`solution.${f.name}: an array of variants is expected`);
      else if (variants) checkSelect(f, variants as string[]);
    }
    return problems;
  }
  // QROCM-dep
  if (fields.length < 2) problems.push('fields: a QROCM has at least two fields');
  if (!Array.isArray(solution) || !solution.every(isStringArray)) return [...problems, 'solution: an array of groups of variants is expected'];
  if ((solution as string[][]).length < fields.length) problems.push('solution: at least as many groups as fields are expected');
  return problems;
}

/** The simulators' pages: self-contained HTML files of assets/simulateurs/. */
export const EMBED_PATH = /^assets\/simulateurs\/[\w-]+\.html(#[\w-]+)?$/;

/** The file of an asset path (an embed may name a data set of its page after `#`). */
export const assetFile = (file: string) => file.replace(/#.*$/, '');

/** Files a challenge may show or offer (assets/, one level: `assets/<code>-<name>.<ext>`). */
const ASSET_PATH = /^assets\/[\w.-]+\.(svg|png|jpg|jpeg|webp|csv|ods|odt|odp|xlsx|docx|pdf|txt|zip|eml|ics|vcf|json|xml|md|html)$/;

/**
 * `mustAccept` / `mustRefuse`: answers as a learner would type them, for open challenges only. A QROC
 * lists texts; a QROCM lists objects { field: text } naming every field. Stored as sent values.
 */
function parseAnswerChecks(check: Checker, obj: Obj, field: string, challenge: Challenge): AnswerChecks | null {
  const keys = ['mustAccept', 'mustRefuse', 'mustAcceptEn', 'mustRefuseEn'] as const;
  if (keys.every((key) => obj[key] === undefined)) return null;
  const isOpen = challenge.type === 'QROC' || challenge.type === 'QROCM-ind' || challenge.type === 'QROCM-dep';
  if (!isOpen) {
    check.fail(`${field}.mustAccept`, 'only for QROC and QROCM challenges');
    return null;
  }
  const names = (challenge.fields ?? []).map((f) => f.name);
  const values = (key: (typeof keys)[number]): string[] => {
    const raw = obj[key];
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      check.fail(`${field}.${key}`, 'an array is expected');
      return [];
    }
    return raw.flatMap((value, i) => {
      if (challenge.type === 'QROC') {
        if (typeof value === 'string') return [value];
        check.fail(`${field}.${key}[${i}]`, 'a text is expected for a QROC');
        return [];
      }
      const answers = value && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : null;
      const keys = answers ? Object.keys(answers) : [];
      if (!answers || keys.length !== names.length || !names.every((n) => typeof answers[n] === 'string')) {
        check.fail(`${field}.${key}[${i}]`, `an object with a text for each field (${names.join(', ')}) is expected`);
        return [];
      }
      return [JSON.stringify(Object.fromEntries(names.map((n) => [n, answers[n]])))];
    });
  };
  return { accept: values('mustAccept'), refuse: values('mustRefuse'), acceptEn: values('mustAcceptEn'), refuseEn: values('mustRefuseEn') };
}

export function parseChallenge(check: Checker, raw: unknown, field: string, skill: Skill): Challenge {
  const obj = check.object(raw, field);
  const id = check.string(obj, 'id', field);
  const expectedPrefix = `${skill.name.slice(1)}-`;
  if (id && !id.startsWith(expectedPrefix)) check.fail(`${field}.id`, `must start with "${expectedPrefix}"`);
  const type = check.string(obj, 'type', field) as Challenge['type'];
  if (type && !CHALLENGE_TYPES.includes(type)) check.fail(`${field}.type`, `one of ${CHALLENGE_TYPES.join(', ')}`);
  const status = (check.string(obj, 'status', field, true) || 'validated') as Challenge['status'];
  if (!STATUSES.includes(status)) check.fail(`${field}.status`, `one of ${STATUSES.join(', ')}`);
  const tolerancesOff = check.stringArray(obj, 'tolerancesOff', field, true) as Challenge['tolerancesOff'];
  if (tolerancesOff.some((t) => !TOLERANCES.includes(t))) check.fail(`${field}.tolerancesOff`, 'only T1, T2, T3');
  const instructionEn = check.string(obj, 'instructionEn', field, true) || null;
  const proposals = obj.proposals === undefined ? null : check.stringArray(obj, 'proposals', field);
  const proposalsEn = obj.proposalsEn === undefined ? null : check.stringArray(obj, 'proposalsEn', field);
  if (proposalsEn && proposalsEn.length !== (proposals?.length ?? 0))
    check.fail(`${field}.proposalsEn`, 'the same number of proposals as `proposals`, in the same order');
  const challenge: Challenge = {
    id,
    skillId: skill.id,
    type,
    status,
    locales: instructionEn ? ['fr', 'en'] : ['fr'],
    instruction: check.string(obj, 'instruction', field),
    instructionEn,
    proposals,
    proposalsEn,
    fields: parseFields(check, obj, field),
    solution: obj.solution as Solution,
    tolerancesOff,
    timer: check.integer(obj, 'timer', field, 5, 3600, true),
    illustration: null,
    attachment: null,
  };
  challenge.answerChecks = parseAnswerChecks(check, obj, field, challenge);
  if (obj.reviewed !== undefined) {
    if (typeof obj.reviewed !== 'boolean') check.fail(`${field}.reviewed`, 'true or false');
    else challenge.reviewed = obj.reviewed;
  }
  /** An asset of the challenge: its object, its file (checked against `pattern`) and its English file. */
  const asset = (key: 'illustration' | 'attachment' | 'embed', pattern: RegExp, expected: string) => {
    if (obj[key] === undefined) return null;
    const path = `${field}.${key}`;
    const o = check.object(obj[key], path);
    const file = check.string(o, 'file', path);
    if (file && !pattern.test(file)) check.fail(`${path}.file`, expected);
    const fileEn = check.string(o, 'fileEn', path, true) || null;
    if (fileEn && !pattern.test(fileEn)) check.fail(`${path}.fileEn`, expected);
    return { file, fileEn, text: (k: string) => check.string(o, k, path), optional: (k: string) => check.string(o, k, path, true) || null, o, path };
  };
  const ill = asset('illustration', ASSET_PATH, 'a file under assets/ is expected');
  if (ill) challenge.illustration = { file: ill.file, alt: ill.text('alt'), altEn: ill.optional('altEn'), fileEn: ill.fileEn };
  const att = asset('attachment', ASSET_PATH, 'a file under assets/ is expected');
  if (att) challenge.attachment = { file: att.file, name: att.text('name'), fileEn: att.fileEn, nameEn: att.optional('nameEn') };
  const emb = asset('embed', EMBED_PATH, 'a page assets/simulateurs/<name>.html is expected');
  if (emb)
    challenge.embed = {
      file: emb.file,
      title: emb.text('title'),
      titleEn: emb.optional('titleEn'),
      fileEn: emb.fileEn,
      height: check.integer(emb.o, 'height', emb.path, 120, 1200) ?? 400,
    };
  if (CHALLENGE_TYPES.includes(type)) {
    const problems = solutionProblems(challenge);
    for (const problem of problems) check.fail(field, problem);
    if (!problems.length) challenge.solution = withEnglishOptions(challenge);
  }
  return challenge;
}


/**
 * A drop-down shows `optionsEn` to a learner in English, who sends the English option: the solution
 * accepts the English option of each French option it names (the same position in the list).
 */
export function withEnglishOptions(challenge: Pick<Challenge, 'type' | 'fields' | 'solution'>): Solution {
  const fields = challenge.fields ?? [];
  const english = (field: ChallengeField | undefined, variants: string[]): string[] => {
    if (!field?.optionsEn || !field.options) return variants;
    const added = variants.map((v) => field.optionsEn![field.options!.indexOf(v)]).filter((v): v is string => v !== undefined);
    return [...new Set([...variants, ...added])];
  };
  if (challenge.type === 'QROC' && Array.isArray(challenge.solution)) return english(fields[0], challenge.solution as string[]);
  if (challenge.type === 'QROCM-ind' && challenge.solution && typeof challenge.solution === 'object' && !Array.isArray(challenge.solution)) {
    const byField = challenge.solution as Record<string, string[]>;
    return Object.fromEntries(Object.entries(byField).map(([name, variants]) => [name, english(fields.find((f) => f.name === name), variants)]));
  }
  if (challenge.type === 'QROCM-dep' && Array.isArray(challenge.solution)) {
    // Groups are not tied to a field: a variant that is a French option of any drop-down gains its English one.
    const selects = fields.filter((f) => f.optionsEn && f.options);
    const englishOf = (v: string) => selects.map((f) => f.optionsEn![f.options!.indexOf(v)]).filter((e): e is string => e !== undefined);
    return (challenge.solution as string[][]).map((group) => [...new Set([...group, ...group.flatMap(englishOf)])]);
  }
  return challenge.solution;
}
