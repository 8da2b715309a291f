import type { Challenge, ContentRelease } from './learning-content';
import { isRightProposalLongest } from './release-rules';
import { QUALITY_RULES, isTask, missingEnglish, taskShare } from './release-quality-rules';

/** Figures of a release, per competence and level (what `npm run content:stats -w api` prints). Pure. */

export interface StatsRow {
  competence: string;
  level: number | null;
  skills: number;
  challenges: number;
  tasks: number;
  nonQcu: number;
  /** Challenges served in English (complete: instruction, proposals, labels, options, files). */
  english: number;
}

/** One competence at a glance, against the targets of release 3. */
export interface CompetenceSummary {
  competence: string;
  skills: number;
  challenges: number;
  /** Fewest validated challenges of a skill of levels 1–5, and of level 6. */
  fewestPerSkill: number;
  fewestPerSkillLevel6: number | null;
  tasksLevels2to6: { tasks: number; total: number };
  /** Skills of levels 1–4 with at least 2 English challenges, of the skills of levels 1–4. */
  englishSkills: { covered: number; total: number };
  /** Fewest French tutorials of a tube, and the tutorials in video or guide format. */
  fewestFrenchTutorials: number;
  practicalTutorials: number;
}

export interface ReleaseStats {
  rows: StatsRow[];
  total: StatsRow;
  competences: CompetenceSummary[];
  tasksLevels2to6: { tasks: number; total: number };
  tutorials: number;
  simulators: number;
  files: number;
  illustrations: number;
  openChallenges: number;
  reviewedOpenChallenges: number;
  qcu: number;
  qcuRightLongest: number;
  archived: number;
}

export { isTask };
const isEnglish = (c: Challenge) => c.instructionEn !== null && missingEnglish(c).length === 0;

function row(competence: string, level: number | null, skillIds: Set<string>, challenges: Challenge[]): StatsRow {
  const served = challenges.filter((c) => skillIds.has(c.skillId));
  return {
    competence,
    level,
    skills: skillIds.size,
    challenges: served.length,
    tasks: served.filter(isTask).length,
    nonQcu: served.filter((c) => c.type !== 'QCU').length,
    english: served.filter(isEnglish).length,
  };
}

export function releaseStats(release: ContentRelease): ReleaseStats {
  const validated = release.challenges.filter((c) => c.status === 'validated');
  const active = release.skills.filter((s) => s.status === 'active');
  const rows: StatsRow[] = [];
  for (const competence of [...release.competences].sort((a, b) => a.code.localeCompare(b.code, 'fr', { numeric: true }))) {
    const levels = [...new Set(active.filter((s) => s.competenceId === competence.id).map((s) => s.level))].sort((a, b) => a - b);
    for (const level of levels) {
      const ids = new Set(active.filter((s) => s.competenceId === competence.id && s.level === level).map((s) => s.id));
      rows.push(row(competence.code, level, ids, validated));
    }
  }
  const competences = release.competences
    .map((c) => c.code)
    .sort((a, b) => a.localeCompare(b, 'fr', { numeric: true }))
    .map((code) => competenceSummary(release, code, validated));
  const open = validated.filter((c) => c.type !== 'QCU' && c.type !== 'QCM');
  const qcu = validated.filter((c) => c.type === 'QCU');
  return {
    rows,
    total: row('total', null, new Set(active.map((s) => s.id)), validated),
    competences,
    tasksLevels2to6: taskShare(release),
    tutorials: release.tutorials.length,
    simulators: new Set(validated.flatMap((c) => (c.embed ? [c.embed.file] : []))).size,
    files: new Set(validated.flatMap((c) => (c.attachment ? [c.attachment.file] : []))).size,
    illustrations: new Set(validated.flatMap((c) => (c.illustration ? [c.illustration.file] : []))).size,
    openChallenges: open.length,
    reviewedOpenChallenges: open.filter((c) => c.reviewed).length,
    qcu: qcu.length,
    qcuRightLongest: qcu.filter(isRightProposalLongest).length,
    archived: release.challenges.filter((c) => c.status !== 'validated').length,
  };
}

function competenceSummary(release: ContentRelease, code: string, validated: Challenge[]): CompetenceSummary {
  const skills = release.skills.filter((s) => s.status === 'active' && s.competenceId === code);
  const count = (skillId: string) => validated.filter((c) => c.skillId === skillId).length;
  const english = (skillId: string) => validated.filter((c) => c.skillId === skillId && isEnglish(c)).length;
  const fewest = (list: number[]) => (list.length ? Math.min(...list) : null);
  const early = skills.filter((s) => QUALITY_RULES.englishLevels.includes(s.level));
  const tubes = release.tubes.filter((t) => t.competenceId === code);
  const tutorials = release.tutorials.filter((t) => tubes.some((tube) => tube.id === t.tubeId));
  return {
    competence: code,
    skills: skills.length,
    challenges: skills.reduce((sum, s) => sum + count(s.id), 0),
    fewestPerSkill: fewest(skills.filter((s) => s.level <= 5).map((s) => count(s.id))) ?? 0,
    fewestPerSkillLevel6: fewest(skills.filter((s) => s.level === 6).map((s) => count(s.id))),
    tasksLevels2to6: taskShare(release, code),
    englishSkills: { covered: early.filter((s) => english(s.id) >= QUALITY_RULES.minEnglishPerSkill).length, total: early.length },
    fewestFrenchTutorials: fewest(tubes.map((tube) => tutorials.filter((t) => t.tubeId === tube.id && t.locale === 'fr').length)) ?? 0,
    practicalTutorials: tutorials.filter((t) => QUALITY_RULES.practicalFormats.includes(t.format)).length,
  };
}

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)} %` : '–');
const perSkill = (r: StatsRow) => (r.skills ? (r.challenges / r.skills).toFixed(1).replace('.', ',') : '–');

/** The figures as a Markdown table and list, in French (for api/content/CHANGELOG.md). */
export function formatReleaseStats(stats: ReleaseStats): string {
  const line = (r: StatsRow) =>
    `| ${r.competence} | ${r.level ?? 'tous'} | ${r.skills} | ${r.challenges} | ${perSkill(r)} | ${percent(r.tasks, r.challenges)} | ${percent(
      r.nonQcu,
      r.challenges,
    )} | ${percent(r.english, r.challenges)} |`;
  const summary = (c: CompetenceSummary) =>
    `| ${c.competence} | ${c.skills} | ${c.challenges} | ${c.fewestPerSkill} / ${c.fewestPerSkillLevel6 ?? '–'} | ${percent(
      c.tasksLevels2to6.tasks,
      c.tasksLevels2to6.total,
    )} | ${c.englishSkills.covered} / ${c.englishSkills.total} | ${c.fewestFrenchTutorials} | ${c.practicalTutorials} |`;
  return [
    '| compétence | acquis | épreuves | au moins, par acquis (niv. 1–5 / niv. 6) | tâches (niv. 2–6) | acquis niv. 1–4 avec ≥ 2 épreuves en anglais | tutos en français, au moins par sujet | tutos vidéo ou guide |',
    '|---|---|---|---|---|---|---|---|',
    ...stats.competences.map(summary),
    '',
    `Tâches parmi les épreuves des niveaux 2 à 6 : ${stats.tasksLevels2to6.tasks} sur ${stats.tasksLevels2to6.total} (${percent(
      stats.tasksLevels2to6.tasks,
      stats.tasksLevels2to6.total,
    )}, au moins un tiers). Tutoriels : ${stats.tutorials}.`,
    '',
    '| compétence | niveau | acquis | épreuves | épreuves par acquis | tâches (fichier, image, simulateur) | hors QCU | en anglais (complet) |',
    '|---|---|---|---|---|---|---|---|',
    ...stats.rows.map(line),
    line(stats.total),
    '',
    `- Simulateurs : ${stats.simulators} ; fichiers à télécharger : ${stats.files} ; illustrations : ${stats.illustrations}.`,
    `- Épreuves ouvertes (QROC, QROCM) relues avec leurs réponses à accepter et à refuser : ${stats.reviewedOpenChallenges} sur ${stats.openChallenges}.`,
    `- QCU dont la bonne réponse est la plus longue : ${stats.qcuRightLongest} sur ${stats.qcu} (${percent(stats.qcuRightLongest, stats.qcu)}, au plus 30 %).`,
    `- Épreuves archivées ou obsolètes (gardées pour les réponses déjà données) : ${stats.archived}.`,
  ].join('\n');
}
