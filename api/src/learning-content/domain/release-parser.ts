import {
  CHALLENGE_TYPES,
  type Area,
  type Challenge,
  type ChallengeField,
  type AnswerChecks,
  type Competence,
  type ContentRelease,
  type Skill,
  type Solution,
  type Tube,
  type Tutorial,
} from './learning-content';

/** One data file of the release, already parsed from JSON. */
export interface ReleaseFile {
  path: string;
  data: unknown;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export class ContentValidationError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(
      `Invalid content release (${problems.length} problem(s)):\n` +
        problems.map((p) => `- ${p.file} › ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'ContentValidationError';
  }
}

const AREA_COLORS: Record<string, string> = {
  '1': '#A34E00',
  '2': '#1B7A55',
  '3': '#1F5FBF',
  '4': '#B0124A',
  '5': '#6B3FA0',
};
const TUTORIAL_FORMATS = ['page', 'vidéo', 'outil', 'pdf', 'jeu'];
const TOLERANCES = ['T1', 'T2', 'T3'];
const STATUSES = ['validated', 'archived', 'obsolete'];
const FIELD_FORMATS = ['texte', 'nombre', 'select'];

type Obj = Record<string, unknown>;

/** Collects problems instead of stopping at the first, so one run lists everything to fix. */
class Checker {
  readonly problems: ContentProblem[] = [];
  constructor(private file: string) {}

  at(file: string): Checker {
    const child = new Checker(file);
    (child as { problems: ContentProblem[] }).problems = this.problems;
    return child;
  }

  fail(field: string, message: string): void {
    this.problems.push({ file: this.file, field, message });
  }

  object(value: unknown, field: string): Obj {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Obj;
    this.fail(field, 'an object is expected');
    return {};
  }

  string(obj: Obj, key: string, field: string, optional = false): string {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(`${field}.${key}`, 'is required');
      return '';
    }
    if (typeof value !== 'string' || (!optional && value.trim() === '')) {
      this.fail(`${field}.${key}`, 'a non-empty string is expected');
      return '';
    }
    return value;
  }

  integer(obj: Obj, key: string, field: string, min: number, max: number, optional = false): number | null {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(`${field}.${key}`, 'is required');
      return null;
    }
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      this.fail(`${field}.${key}`, `an integer from ${min} to ${max} is expected`);
      return null;
    }
    return value as number;
  }

  stringArray(obj: Obj, key: string, field: string, optional = false): string[] {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (!optional) this.fail(`${field}.${key}`, 'is required');
      return [];
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      this.fail(`${field}.${key}`, 'an array of strings is expected');
      return [];
    }
    return value as string[];
  }

  array(obj: Obj, key: string, field: string): unknown[] {
    const value = obj[key];
    if (!Array.isArray(value)) {
      this.fail(`${field}.${key}`, 'an array is expected');
      return [];
    }
    return value;
  }
}

function parseFields(check: Checker, raw: Obj, field: string): ChallengeField[] | null {
  if (raw.fields === undefined) return null;
  return check.array(raw, 'fields', field).map((f, i) => {
    const path = `${field}.fields[${i}]`;
    const obj = check.object(f, path);
    const format = check.string(obj, 'format', path, true) || undefined;
    if (format && !FIELD_FORMATS.includes(format)) check.fail(`${path}.format`, `one of ${FIELD_FORMATS.join(', ')}`);
    const options = obj.options === undefined ? undefined : check.stringArray(obj, 'options', path);
    if (format === 'select' && (!options || options.length < 2)) check.fail(`${path}.options`, 'a select needs at least 2 options');
    return {
      name: check.string(obj, 'name', path),
      label: check.string(obj, 'label', path),
      ...(format ? { format: format as ChallengeField['format'] } : {}),
      ...(options ? { options } : {}),
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
export const EMBED_PATH = /^assets\/simulateurs\/[\w-]+\.html$/;

/**
 * `mustAccept` / `mustRefuse`: answers as a learner would type them, for open challenges only. A QROC
 * lists texts; a QROCM lists objects { field: text } naming every field. Stored as sent values.
 */
function parseAnswerChecks(check: Checker, obj: Obj, field: string, challenge: Challenge): AnswerChecks | null {
  if (obj.mustAccept === undefined && obj.mustRefuse === undefined) return null;
  const isOpen = challenge.type === 'QROC' || challenge.type === 'QROCM-ind' || challenge.type === 'QROCM-dep';
  if (!isOpen) {
    check.fail(`${field}.mustAccept`, 'only for QROC and QROCM challenges');
    return null;
  }
  const names = (challenge.fields ?? []).map((f) => f.name);
  const values = (key: 'mustAccept' | 'mustRefuse'): string[] => {
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
  return { accept: values('mustAccept'), refuse: values('mustRefuse') };
}

function parseChallenge(check: Checker, raw: unknown, field: string, skill: Skill): Challenge {
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
  const challenge: Challenge = {
    id,
    skillId: skill.id,
    type,
    status,
    locales: instructionEn ? ['fr', 'en'] : ['fr'],
    instruction: check.string(obj, 'instruction', field),
    instructionEn,
    proposals,
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
  const assetPath = /^assets\/[\w.-]+\.(svg|png|jpg|jpeg|webp|csv|ods|odt|xlsx|docx|pdf|txt)$/;
  if (obj.illustration !== undefined) {
    const ill = check.object(obj.illustration, `${field}.illustration`);
    const file = check.string(ill, 'file', `${field}.illustration`);
    if (file && !assetPath.test(file)) check.fail(`${field}.illustration.file`, 'a file under assets/ is expected');
    challenge.illustration = {
      file,
      alt: check.string(ill, 'alt', `${field}.illustration`),
      altEn: check.string(ill, 'altEn', `${field}.illustration`, true) || null,
    };
  }
  if (obj.attachment !== undefined) {
    const att = check.object(obj.attachment, `${field}.attachment`);
    const file = check.string(att, 'file', `${field}.attachment`);
    if (file && !assetPath.test(file)) check.fail(`${field}.attachment.file`, 'a file under assets/ is expected');
    challenge.attachment = { file, name: check.string(att, 'name', `${field}.attachment`) };
  }
  if (obj.embed !== undefined) {
    const emb = check.object(obj.embed, `${field}.embed`);
    const file = check.string(emb, 'file', `${field}.embed`);
    if (file && !EMBED_PATH.test(file)) check.fail(`${field}.embed.file`, 'a page assets/simulateurs/<name>.html is expected');
    challenge.embed = {
      file,
      title: check.string(emb, 'title', `${field}.embed`),
      titleEn: check.string(emb, 'titleEn', `${field}.embed`, true) || null,
      height: check.integer(emb, 'height', `${field}.embed`, 120, 1200) ?? 400,
    };
  }
  if (CHALLENGE_TYPES.includes(type)) for (const problem of solutionProblems(challenge)) check.fail(field, problem);
  return challenge;
}

function parseTube(check: Checker, raw: unknown, competenceId: string, release: ContentRelease): void {
  const obj = check.object(raw, 'tube');
  const name = check.string(obj, 'name', 'tube');
  if (name && !/^@[a-z][A-Za-z0-9]*$/.test(name)) check.fail('tube.name', 'must be @ followed by a camelCase name');
  const tube: Tube = {
    id: name.slice(1),
    name,
    competenceId,
    title: check.string(obj, 'title', 'tube'),
    titleEn: check.string(obj, 'titleEn', 'tube', true) || null,
    thematic: check.string(obj, 'thematic', 'tube'),
    description: check.string(obj, 'description', 'tube'),
  };
  release.tubes.push(tube);
  const tutorialIds = new Set<string>();
  check.array(obj, 'tutorials', 'tube').forEach((t, i) => {
    const field = `tube.tutorials[${i}]`;
    const tObj = check.object(t, field);
    const format = check.string(tObj, 'format', field);
    if (format && !TUTORIAL_FORMATS.includes(format)) check.fail(`${field}.format`, `one of ${TUTORIAL_FORMATS.join(', ')}`);
    const link = check.string(tObj, 'link', field);
    if (link && !/^https:\/\/[^\s]+$/.test(link)) check.fail(`${field}.link`, 'an https URL is expected');
    const locale = check.string(tObj, 'locale', field);
    if (locale && !['fr', 'en'].includes(locale)) check.fail(`${field}.locale`, 'fr or en');
    const tutorial: Tutorial = {
      id: check.string(tObj, 'id', field),
      tubeId: tube.id,
      title: check.string(tObj, 'title', field),
      source: check.string(tObj, 'source', field),
      format,
      durationMinutes: check.integer(tObj, 'durationMinutes', field, 1, 600) ?? 1,
      link,
      locale,
    };
    tutorialIds.add(tutorial.id);
    release.tutorials.push(tutorial);
  });
  const levels = new Set<number>();
  check.array(obj, 'skills', 'tube').forEach((s, i) => {
    const field = `tube.skills[${i}]`;
    const sObj = check.object(s, field);
    const level = check.integer(sObj, 'level', field, 1, 8) ?? 0;
    const skillName = check.string(sObj, 'name', field);
    if (skillName && skillName !== `${name}${level}`) check.fail(`${field}.name`, `must be "${name}${level}"`);
    if (levels.has(level)) check.fail(`${field}.level`, `level ${level} appears twice in the tube`);
    levels.add(level);
    const skill: Skill = {
      id: skillName.slice(1),
      name: skillName,
      tubeId: tube.id,
      competenceId,
      level,
      hint: check.string(sObj, 'hint', field),
      status: 'active',
      tutorialIds: check.stringArray(sObj, 'tutorials', field),
      learnMoreTutorialIds: check.stringArray(sObj, 'learnMore', field, true),
    };
    for (const id of [...skill.tutorialIds, ...skill.learnMoreTutorialIds])
      if (!tutorialIds.has(id)) check.fail(`${field}.tutorials`, `"${id}" is not a tutorial of this tube`);
    release.skills.push(skill);
    check.array(sObj, 'challenges', field).forEach((c, j) => {
      release.challenges.push(parseChallenge(check, c, `${field}.challenges[${j}]`, skill));
    });
  });
}

function checkUniqueIds(check: Checker, release: ContentRelease): void {
  const kinds: [string, { id: string }[]][] = [
    ['tube', release.tubes],
    ['skill', release.skills],
    ['challenge', release.challenges],
    ['tutorial', release.tutorials],
  ];
  for (const [kind, items] of kinds) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) check.fail(kind, `id "${item.id}" is used twice in the release`);
      seen.add(item.id);
    }
  }
}

/**
 * Turns the data files of a release into a ContentRelease, or throws a ContentValidationError
 * naming every file and field to fix.
 */
export function parseRelease(files: ReleaseFile[], version: string): ContentRelease {
  const release: ContentRelease = { version, areas: [], competences: [], tubes: [], skills: [], challenges: [], tutorials: [] };
  const root = new Checker('areas.json');
  const areasFile = files.find((f) => f.path === 'areas.json');
  if (!areasFile) throw new ContentValidationError([{ file: 'areas.json', field: '', message: 'file missing' }]);
  if (!Array.isArray(areasFile.data)) root.fail('', 'an array of areas is expected');
  for (const [i, raw] of (Array.isArray(areasFile.data) ? areasFile.data : []).entries()) {
    const obj = root.object(raw, `[${i}]`);
    const code = root.string(obj, 'code', `[${i}]`);
    const area: Area = {
      id: code,
      code,
      name: root.string(obj, 'name', `[${i}]`),
      nameEn: root.string(obj, 'nameEn', `[${i}]`),
      color: AREA_COLORS[code] ?? '#36454F',
      competenceIds: root.stringArray(obj, 'competences', `[${i}]`),
    };
    release.areas.push(area);
  }
  const competenceFiles = files.filter((f) => /^competences\/[^/]+\/competence\.json$/.test(f.path));
  for (const file of competenceFiles) {
    const check = root.at(file.path);
    const obj = check.object(file.data, '');
    const code = check.string(obj, 'code', 'competence');
    const folder = file.path.split('/')[1];
    if (code && code !== folder) check.fail('competence.code', `must equal its folder name "${folder}"`);
    const competence: Competence = {
      id: code,
      code,
      areaId: check.string(obj, 'areaCode', 'competence'),
      name: check.string(obj, 'name', 'competence'),
      nameEn: check.string(obj, 'nameEn', 'competence'),
      description: check.string(obj, 'description', 'competence'),
      descriptionEn: check.string(obj, 'descriptionEn', 'competence'),
    };
    const area = release.areas.find((a) => a.id === competence.areaId);
    if (!area?.competenceIds.includes(competence.id)) check.fail('competence.areaCode', `area "${competence.areaId}" does not list ${code}`);
    release.competences.push(competence);
  }
  for (const area of release.areas)
    for (const id of area.competenceIds)
      if (!release.competences.some((c) => c.id === id)) root.fail(`area ${area.code}`, `competence ${id} has no competence.json`);
  const tubeFiles = files.filter((f) => /^competences\/[^/]+\/tubes\/[^/]+\.json$/.test(f.path));
  for (const file of tubeFiles) {
    const check = root.at(file.path);
    const competenceId = file.path.split('/')[1];
    if (!release.competences.some((c) => c.id === competenceId)) check.fail('', `no competence.json for ${competenceId}`);
    const before = release.tubes.length;
    parseTube(check, file.data, competenceId, release);
    const tube = release.tubes[before];
    const expectedFile = `${tube?.id}.json`;
    if (tube?.id && !file.path.endsWith(`/${expectedFile}`)) check.fail('tube.name', `the file must be named ${expectedFile}`);
  }
  checkUniqueIds(root, release);
  if (root.problems.length) throw new ContentValidationError(root.problems);
  return release;
}
