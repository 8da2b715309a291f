import type { Challenge, ContentRelease } from './learning-content';
import { isRightProposalLongest } from './release-rules';

/** Figures of a release, per competence and level (what `npm run content:stats -w api` prints). Pure. */

export interface StatsRow {
  competence: string;
  level: number | null;
  skills: number;
  challenges: number;
  tasks: number;
  nonQcu: number;
  english: number;
}

export interface ReleaseStats {
  rows: StatsRow[];
  total: StatsRow;
  simulators: number;
  files: number;
  illustrations: number;
  openChallenges: number;
  reviewedOpenChallenges: number;
  qcu: number;
  qcuRightLongest: number;
  archived: number;
}

/** A task: the learner works on something (a file, an illustration, a simulator), not only on a question. */
export const isTask = (c: Challenge) => Boolean(c.attachment || c.illustration || c.embed);

function row(competence: string, level: number | null, skillIds: Set<string>, challenges: Challenge[]): StatsRow {
  const served = challenges.filter((c) => skillIds.has(c.skillId));
  return {
    competence,
    level,
    skills: skillIds.size,
    challenges: served.length,
    tasks: served.filter(isTask).length,
    nonQcu: served.filter((c) => c.type !== 'QCU').length,
    english: served.filter((c) => c.instructionEn).length,
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
  const open = validated.filter((c) => c.type !== 'QCU' && c.type !== 'QCM');
  const qcu = validated.filter((c) => c.type === 'QCU');
  return {
    rows,
    total: row('total', null, new Set(active.map((s) => s.id)), validated),
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

const percent = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)} %` : '–');
const perSkill = (r: StatsRow) => (r.skills ? (r.challenges / r.skills).toFixed(1).replace('.', ',') : '–');

/** The figures as a Markdown table and list, in French (for api/content/CHANGELOG.md). */
export function formatReleaseStats(stats: ReleaseStats): string {
  const line = (r: StatsRow) =>
    `| ${r.competence} | ${r.level ?? 'tous'} | ${r.skills} | ${r.challenges} | ${perSkill(r)} | ${percent(r.tasks, r.challenges)} | ${percent(
      r.nonQcu,
      r.challenges,
    )} | ${percent(r.english, r.challenges)} |`;
  return [
    '| compétence | niveau | acquis | épreuves | épreuves par acquis | tâches (fichier, image, simulateur) | hors QCU | en anglais |',
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
