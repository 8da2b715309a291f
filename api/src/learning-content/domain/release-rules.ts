import { CHALLENGE_TYPES, type Challenge, type ContentRelease } from './learning-content';
import { qualityProblems } from './release-quality-rules';

/** The CRCN as decreed: 5 areas and 16 competences with their official codes and names (domain.md §1). */
export const OFFICIAL_FRAMEWORK: Record<string, { area: string; competences: Record<string, string> }> = {
  '1': {
    area: 'Information et données',
    competences: {
      '1.1': "Mener une recherche et une veille d'information",
      '1.2': 'Gérer des données',
      '1.3': 'Traiter des données',
    },
  },
  '2': {
    area: 'Communication et collaboration',
    competences: {
      '2.1': 'Interagir',
      '2.2': 'Partager et publier',
      '2.3': 'Collaborer',
      '2.4': "S'insérer dans le monde numérique",
    },
  },
  '3': {
    area: 'Création de contenu',
    competences: {
      '3.1': 'Développer des documents textuels',
      '3.2': 'Développer des documents multimédia',
      '3.3': 'Adapter les documents à leur finalité',
      '3.4': 'Programmer',
    },
  },
  '4': {
    area: 'Protection et sécurité',
    competences: {
      '4.1': "Sécuriser l'environnement numérique",
      '4.2': 'Protéger les données personnelles et la vie privée',
      '4.3': "Protéger la santé, le bien-être et l'environnement",
    },
  },
  '5': {
    area: 'Environnement numérique',
    competences: {
      '5.1': 'Résoudre des problèmes techniques',
      '5.2': 'Construire un environnement numérique',
    },
  },
};

export const RELEASE_RULES = {
  minTubesPerCompetence: 3,
  minSkillsPerLevel: 2,
  coveredLevels: [1, 2, 3, 4, 5, 6],
  minChallengesPerSkill: 2,
  minTutorialsPerTube: 2,
  minNonQcuShare: 0.3,
  /** No cue: in at most this share of the QCU, the right proposal is longer than every other one. */
  maxRightLongestQcuShare: 0.3,
  /** A reviewed open challenge lists at least this many answers that must be accepted, and refused. */
  minMustAccept: 5,
  minMustRefuse: 3,
};

const sameText = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Whether the right proposal of a QCU is strictly longer than every other one (a cue to the answer). */
export function isRightProposalLongest(challenge: Pick<Challenge, 'type' | 'proposals' | 'solution'>): boolean {
  if (challenge.type !== 'QCU' || !challenge.proposals) return false;
  const right = Number(challenge.solution) - 1;
  const lengths = challenge.proposals.map((p) => p.trim().length);
  return lengths.every((length, i) => i === right || length < lengths[right]);
}

/** The cue rules of choice challenges: the right QCU proposal is rarely the longest, and no two proposals are the same. */
export function cueProblems(challenges: Challenge[]): string[] {
  const problems: string[] = [];
  for (const c of challenges) {
    if ((c.type !== 'QCU' && c.type !== 'QCM') || !c.proposals) continue;
    const texts = c.proposals.map(sameText);
    if (new Set(texts).size !== texts.length) problems.push(`challenge ${c.id} has two identical proposals`);
  }
  const qcu = challenges.filter((c) => c.type === 'QCU' && c.status === 'validated');
  const longest = qcu.filter(isRightProposalLongest);
  if (qcu.length && longest.length / qcu.length > RELEASE_RULES.maxRightLongestQcuShare)
    problems.push(
      `the right proposal is the longest in ${longest.length} of ${qcu.length} QCU (${Math.round((100 * longest.length) / qcu.length)} %, at most ${
        100 * RELEASE_RULES.maxRightLongestQcuShare
      } %)`,
    );
  return problems;
}

/**
 * Every served open challenge (QROC, QROCM) is reviewed, and every reviewed one lists the answers to
 * accept and to refuse (at least 5 and 3; one accepted answer when every field is a drop-down, the
 * right option being the one way to answer).
 */
export function answerCheckListProblems(challenges: Challenge[]): string[] {
  const open = challenges.filter((c) => c.type !== 'QCU' && c.type !== 'QCM');
  const unreviewed = open
    .filter((c) => c.status === 'validated' && !c.reviewed)
    .map((c) => `challenge ${c.id} is not reviewed (reviewed: true, with its mustAccept and mustRefuse answers)`);
  const short = open
    .filter((c) => c.reviewed)
    .flatMap((c) => {
      const accept = c.answerChecks?.accept.length ?? 0;
      const refuse = c.answerChecks?.refuse.length ?? 0;
      const minAccept = c.fields?.every((f) => f.format === 'select') ? 1 : RELEASE_RULES.minMustAccept;
      return accept < minAccept || refuse < RELEASE_RULES.minMustRefuse
        ? [`challenge ${c.id} lists ${accept} answer(s) to accept and ${refuse} to refuse (at least ${minAccept} and ${RELEASE_RULES.minMustRefuse})`]
        : [];
    });
  return [...unreviewed, ...short];
}

/** The size and quality rules of a release (the content lint). Returns the problems found. */
export function releaseRuleProblems(release: ContentRelease): string[] {
  const problems: string[] = [];
  const officialAreas = Object.keys(OFFICIAL_FRAMEWORK);
  if (release.areas.length !== officialAreas.length) problems.push(`${release.areas.length} areas instead of 5`);
  for (const [code, { area, competences }] of Object.entries(OFFICIAL_FRAMEWORK)) {
    const found = release.areas.find((a) => a.code === code);
    if (!found) problems.push(`area ${code} is missing`);
    else if (found.name !== area) problems.push(`area ${code} is named "${found.name}" instead of "${area}"`);
    for (const [competenceCode, name] of Object.entries(competences)) {
      const competence = release.competences.find((c) => c.code === competenceCode);
      if (!competence) problems.push(`competence ${competenceCode} is missing`);
      else if (competence.name !== name) problems.push(`competence ${competenceCode} is named "${competence.name}" instead of "${name}"`);
    }
  }
  if (release.competences.length !== 16) problems.push(`${release.competences.length} competences instead of 16`);

  const validated = release.challenges.filter((c) => c.status === 'validated');
  for (const competence of release.competences) {
    const tubes = release.tubes.filter((t) => t.competenceId === competence.id);
    if (tubes.length < RELEASE_RULES.minTubesPerCompetence)
      problems.push(`competence ${competence.code} has ${tubes.length} tubes (at least ${RELEASE_RULES.minTubesPerCompetence})`);
    const skills = release.skills.filter((s) => s.competenceId === competence.id && s.status === 'active');
    for (const level of RELEASE_RULES.coveredLevels) {
      const count = skills.filter((s) => s.level === level).length;
      if (count < RELEASE_RULES.minSkillsPerLevel)
        problems.push(`competence ${competence.code} has ${count} skill(s) at level ${level} (at least ${RELEASE_RULES.minSkillsPerLevel})`);
    }
  }
  for (const skill of release.skills) {
    const count = validated.filter((c) => c.skillId === skill.id).length;
    if (count < RELEASE_RULES.minChallengesPerSkill)
      problems.push(`skill ${skill.name} has ${count} validated challenge(s) (at least ${RELEASE_RULES.minChallengesPerSkill})`);
  }
  for (const tube of release.tubes) {
    const count = release.tutorials.filter((t) => t.tubeId === tube.id).length;
    if (count < RELEASE_RULES.minTutorialsPerTube)
      problems.push(`tube ${tube.name} has ${count} tutorial(s) (at least ${RELEASE_RULES.minTutorialsPerTube})`);
  }
  const nonQcu = validated.filter((c) => c.type !== 'QCU').length;
  if (validated.length && nonQcu / validated.length < RELEASE_RULES.minNonQcuShare)
    problems.push(`only ${Math.round((100 * nonQcu) / validated.length)} % of the challenges are not QCU (at least 30 %)`);
  const skillById = new Map(release.skills.map((s) => [s.id, s]));
  const competenceById = new Map(release.competences.map((c) => [c.id, c]));
  for (const area of release.areas) {
    const types = new Set(
      validated
        .filter((c) => competenceById.get(skillById.get(c.skillId)?.competenceId ?? '')?.areaId === area.id)
        .map((c) => c.type),
    );
    for (const type of CHALLENGE_TYPES) if (!types.has(type)) problems.push(`area ${area.code} has no ${type} challenge`);
  }
  problems.push(...cueProblems(release.challenges), ...answerCheckListProblems(release.challenges), ...qualityProblems(release));
  return problems;
}
