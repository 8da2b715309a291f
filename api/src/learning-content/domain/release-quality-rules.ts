/**
 * The rules of content release 3 (issue 15, "tasks instead of recall"), checked by the content lint:
 * enough equivalent variants per skill, each with its own right answer; a third of the challenges of
 * levels 2–6 as tasks; English complete wherever it is offered; tutorials made for pupils. Pure.
 */
import type { Challenge, ContentRelease, Skill, Tutorial } from './learning-content';

export const QUALITY_RULES = {
  /** Validated challenges per skill, by level (levels not listed: `minChallengesPerSkill`). */
  challengesPerSkillByLevel: { 1: 4, 2: 4, 3: 4, 4: 4, 5: 4, 6: 3 } as Record<number, number>,
  /** Levels whose challenges count in the share of tasks. */
  taskLevels: [2, 3, 4, 5, 6],
  minTaskShare: 1 / 3,
  /** Levels where every skill needs English challenges, and how many. */
  englishLevels: [1, 2, 3, 4],
  minEnglishPerSkill: 2,
  /** An English open challenge lists what an English learner types: accepted (1 when every field is a drop-down) and refused. */
  minMustAcceptEn: 3,
  minMustRefuseEn: 2,
  minFrenchTutorialsPerTube: 3,
  maxTutorialMinutes: 15,
  maxWikipediaPerTube: 1,
  /** Formats that count as "a video or a practical guide" (at least one per competence). */
  practicalFormats: ['vidéo', 'guide'],
};

/** A task makes the learner act on something: an image to read, a file to open, a simulator. */
export const isTask = (c: Pick<Challenge, 'illustration' | 'attachment' | 'embed'>): boolean =>
  Boolean(c.illustration || c.attachment || c.embed);

const norm = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** What a challenge expects, comparable between the variants of a skill (the right proposals' texts, or the solution). */
export function rightAnswerKey(c: Pick<Challenge, 'type' | 'proposals' | 'solution'>): string {
  if ((c.type === 'QCU' || c.type === 'QCM') && c.proposals) {
    const indexes = String(c.solution)
      .split(',')
      .map((s) => Number(s.trim()));
    return indexes
      .map((i) => norm(c.proposals![i - 1] ?? ''))
      .sort()
      .join(' | ');
  }
  const sortedVariants = (variants: unknown) => (Array.isArray(variants) ? variants.map((v) => norm(String(v))).sort() : []);
  if (Array.isArray(c.solution)) {
    return JSON.stringify(c.solution.every((v) => typeof v === 'string') ? sortedVariants(c.solution) : (c.solution as string[][]).map(sortedVariants));
  }
  if (c.solution && typeof c.solution === 'object')
    return JSON.stringify(Object.entries(c.solution).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sortedVariants(v)]));
  return norm(String(c.solution));
}

function servedBySkill(release: ContentRelease): Map<string, Challenge[]> {
  const bySkill = new Map<string, Challenge[]>();
  for (const c of release.challenges) {
    if (c.status !== 'validated') continue;
    const list = bySkill.get(c.skillId);
    if (list) list.push(c);
    else bySkill.set(c.skillId, [c]);
  }
  return bySkill;
}

/** Enough variants per skill for its level, and no two variants of a skill with the same right answer. */
export function variantProblems(release: ContentRelease): string[] {
  const bySkill = servedBySkill(release);
  const problems: string[] = [];
  for (const skill of release.skills.filter((s) => s.status === 'active')) {
    const served = bySkill.get(skill.id) ?? [];
    const min = QUALITY_RULES.challengesPerSkillByLevel[skill.level];
    if (min && served.length < min) problems.push(`skill ${skill.name} (level ${skill.level}) has ${served.length} validated challenge(s) (at least ${min})`);
    const seen = new Map<string, string>();
    for (const c of served) {
      const key = rightAnswerKey(c);
      const twin = seen.get(key);
      if (twin) problems.push(`skill ${skill.name}: ${twin} and ${c.id} have the same right answer (each variant needs its own)`);
      else seen.set(key, c.id);
    }
  }
  return problems;
}

/** The share of tasks among the validated challenges of levels 2–6 (overall and per competence). */
export function taskShare(release: ContentRelease, competenceId?: string): { tasks: number; total: number } {
  const levelOf = new Map(release.skills.map((s) => [s.id, s]));
  const counted = release.challenges.filter((c) => {
    const skill = levelOf.get(c.skillId);
    return c.status === 'validated' && skill && QUALITY_RULES.taskLevels.includes(skill.level) && (!competenceId || skill.competenceId === competenceId);
  });
  return { tasks: counted.filter(isTask).length, total: counted.length };
}

export function taskProblems(release: ContentRelease): string[] {
  const { tasks, total } = taskShare(release);
  return total && tasks / total < QUALITY_RULES.minTaskShare
    ? [`${tasks} of ${total} challenges of levels 2–6 are tasks (${Math.round((100 * tasks) / total)} %, at least a third)`]
    : [];
}

/** What an English challenge still shows in French (empty when complete). */
export function missingEnglish(c: Challenge): string[] {
  if (!c.instructionEn) return [];
  const missing: string[] = [];
  if (c.proposals && c.proposals.length !== (c.proposalsEn?.length ?? 0)) missing.push('proposalsEn');
  for (const f of c.fields ?? []) {
    if (!f.labelEn) missing.push(`fields.${f.name}.labelEn`);
    if (f.format === 'select' && !f.optionsEn) missing.push(`fields.${f.name}.optionsEn`);
  }
  if (c.illustration && !c.illustration.altEn) missing.push('illustration.altEn');
  if (c.illustration?.holdsText && !c.illustration.fileEn) missing.push('illustration.fileEn (the image holds French words)');
  if (c.attachment && (!c.attachment.fileEn || !c.attachment.nameEn)) missing.push('attachment.fileEn and nameEn');
  if (c.embed && (!c.embed.fileEn || !c.embed.titleEn)) missing.push('embed.fileEn and titleEn');
  if (c.type !== 'QCU' && c.type !== 'QCM') {
    const allSelect = c.fields?.every((f) => f.format === 'select');
    const accept = c.answerChecks?.acceptEn.length ?? 0;
    const refuse = c.answerChecks?.refuseEn.length ?? 0;
    if (accept < (allSelect ? 1 : QUALITY_RULES.minMustAcceptEn)) missing.push(`mustAcceptEn (${accept}, at least ${allSelect ? 1 : QUALITY_RULES.minMustAcceptEn})`);
    if (refuse < QUALITY_RULES.minMustRefuseEn) missing.push(`mustRefuseEn (${refuse}, at least ${QUALITY_RULES.minMustRefuseEn})`);
  }
  return missing;
}

/** A challenge offered in English is English throughout, and every skill of levels 1–4 has English challenges. */
export function englishProblems(release: ContentRelease): string[] {
  const problems: string[] = [];
  for (const c of release.challenges.filter((c) => c.status === 'validated')) {
    const missing = missingEnglish(c);
    if (missing.length) problems.push(`challenge ${c.id} has an English instruction but no ${missing.join(', ')}`);
  }
  const bySkill = servedBySkill(release);
  for (const skill of release.skills.filter((s: Skill) => s.status === 'active' && QUALITY_RULES.englishLevels.includes(s.level))) {
    const english = (bySkill.get(skill.id) ?? []).filter((c) => c.instructionEn && !missingEnglish(c).length).length;
    if (english < QUALITY_RULES.minEnglishPerSkill)
      problems.push(`skill ${skill.name} has ${english} complete English challenge(s) (at least ${QUALITY_RULES.minEnglishPerSkill})`);
  }
  return problems;
}

/** A link to a bare home page (no path): a tutorial points to the page that teaches. */
export const isBareHomePage = (link: string): boolean => {
  try {
    const url = new URL(link);
    return (url.pathname === '/' || url.pathname === '') && !url.search;
  } catch {
    return true;
  }
};

const isWikipedia = (t: Tutorial) => /(^|\.)wikipedia\.org$/.test(safeHost(t.link));
function safeHost(link: string): string {
  try {
    return new URL(link).hostname;
  } catch {
    return '';
  }
}

/** Tutorials for pupils: 3 short French ones per tube, English titles, few encyclopaedia pages, a video or guide per competence. */
export function tutorialProblems(release: ContentRelease): string[] {
  const problems: string[] = [];
  for (const tube of release.tubes) {
    const tutorials = release.tutorials.filter((t) => t.tubeId === tube.id);
    const french = tutorials.filter((t) => t.locale === 'fr').length;
    if (french < QUALITY_RULES.minFrenchTutorialsPerTube)
      problems.push(`tube ${tube.name} has ${french} French tutorial(s) (at least ${QUALITY_RULES.minFrenchTutorialsPerTube})`);
    const wikipedia = tutorials.filter(isWikipedia).length;
    if (wikipedia > QUALITY_RULES.maxWikipediaPerTube) problems.push(`tube ${tube.name} has ${wikipedia} Wikipedia tutorials (at most ${QUALITY_RULES.maxWikipediaPerTube})`);
    for (const t of tutorials) {
      if (!t.titleEn) problems.push(`tutorial ${t.id} has no titleEn`);
      if (t.durationMinutes > QUALITY_RULES.maxTutorialMinutes) problems.push(`tutorial ${t.id} lasts ${t.durationMinutes} min (at most ${QUALITY_RULES.maxTutorialMinutes}: a few minutes)`);
      if (isBareHomePage(t.link)) problems.push(`tutorial ${t.id} links to a home page (${t.link}): link the page that teaches`);
    }
  }
  for (const competence of release.competences) {
    const tubeIds = new Set(release.tubes.filter((t) => t.competenceId === competence.id).map((t) => t.id));
    const practical = release.tutorials.some((t) => tubeIds.has(t.tubeId) && QUALITY_RULES.practicalFormats.includes(t.format));
    if (!practical) problems.push(`competence ${competence.code} has no tutorial in video or practical-guide format`);
  }
  return problems;
}

export function qualityProblems(release: ContentRelease): string[] {
  return [...variantProblems(release), ...taskProblems(release), ...englishProblems(release), ...tutorialProblems(release)];
}
