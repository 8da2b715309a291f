import type { Area, Competence, ContentRelease, Skill, Tube, Tutorial } from './learning-content';
import { Checker, ContentValidationError, type ReleaseFile } from './content-checker';
import { parseChallenge } from './challenge-parser';

export { ContentValidationError, type ContentProblem, type ReleaseFile } from './content-checker';
export { solutionProblems, EMBED_PATH } from './challenge-parser';

const AREA_COLORS: Record<string, string> = {
  '1': '#A34E00',
  '2': '#1B7A55',
  '3': '#1F5FBF',
  '4': '#B0124A',
  '5': '#6B3FA0',
};
/** `guide`: a practical guide or fiche (a few pages of steps), as the public services publish for pupils. */
export const TUTORIAL_FORMATS = ['page', 'vidéo', 'guide', 'outil', 'pdf', 'jeu'];

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
      titleEn: check.string(tObj, 'titleEn', field, true) || null,
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
