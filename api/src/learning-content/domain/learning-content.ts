/** The competence framework and the content release, as the rest of the platform reads it. Pure. */
import { FRAMEWORK_RULES } from '../../shared/domain/framework-rules';

export type ChallengeType = 'QCU' | 'QCM' | 'QROC' | 'QROCM-ind' | 'QROCM-dep';
export const CHALLENGE_TYPES: readonly ChallengeType[] = ['QCU', 'QCM', 'QROC', 'QROCM-ind', 'QROCM-dep'];
export type Tolerance = 'T1' | 'T2' | 'T3';
export type ContentStatus = 'validated' | 'archived' | 'obsolete';
export type FieldFormat = 'texte' | 'nombre' | 'select';

export interface Area {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  color: string;
  competenceIds: string[];
}

export interface Competence {
  id: string;
  code: string;
  areaId: string;
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
}

export interface Tube {
  id: string;
  name: string;
  competenceId: string;
  title: string;
  titleEn: string | null;
  thematic: string;
  description: string;
}

export interface Skill {
  id: string;
  name: string;
  tubeId: string;
  competenceId: string;
  level: number;
  hint: string;
  status: 'active' | 'archived';
  tutorialIds: string[];
  learnMoreTutorialIds: string[];
}

export interface ChallengeField {
  name: string;
  label: string;
  /** The label shown to a learner in English. */
  labelEn?: string;
  format?: FieldFormat;
  options?: string[];
  /** A drop-down's options in English, in the order of `options` (the solution accepts both). */
  optionsEn?: string[];
}

export type Solution = string | string[] | Record<string, string[]> | string[][];

/** An image shown with the instruction: a file of the release (api/content/assets), with its text alternative. */
export interface Illustration {
  file: string;
  alt: string;
  altEn: string | null;
  /** The same image with its text in English, shown to a learner in English. */
  fileEn?: string | null;
  /** Read from the file at load: the image writes words (an SVG with <text>), so English needs its own copy. */
  holdsText?: boolean;
}

/** A file to download and open with ordinary software; its size (bytes) is read from the file. */
export interface Attachment {
  file: string;
  name: string;
  size?: number;
  /** The English version of the file, its name and its size, for a learner in English. */
  fileEn?: string | null;
  nameEn?: string | null;
  sizeEn?: number;
}

/**
 * A simulator: a small self-contained web page of the release (inline CSS and JS only, no network),
 * shown in a sandboxed frame; the learner finds the answer by acting in it.
 */
export interface Embed {
  file: string;
  title: string;
  titleEn: string | null;
  /** The English page (or data set, after `#`), for a learner in English. */
  fileEn?: string | null;
  /** Height of the frame, in CSS pixels. */
  height: number;
}

/**
 * Answers the content lint runs through the real answer checker, written as a learner sends them
 * (a QROC's text; a QROCM's JSON object of field → text): every `accept` must be ok, every `refuse` ko.
 */
export interface AnswerChecks {
  accept: string[];
  refuse: string[];
  /** What a learner in English types (the same checker, the same solution). */
  acceptEn: string[];
  refuseEn: string[];
}

export interface Challenge {
  /** The readable id of the content files (`rechercheWeb3-a`): it names the skill and level, so it never leaves the server. */
  id: string;
  /**
   * The opaque id the API shows and accepts (random, given at the first import, kept across releases).
   * Absent from a release read from its files: such a challenge cannot be served.
   */
  publicId?: string;
  skillId: string;
  type: ChallengeType;
  status: ContentStatus;
  locales: string[];
  instruction: string;
  instructionEn: string | null;
  proposals: string[] | null;
  /** The proposals in English, in the same order (the solution's indexes are the same). */
  proposalsEn?: string[] | null;
  fields: ChallengeField[] | null;
  solution: Solution;
  tolerancesOff: Tolerance[];
  timer: number | null;
  illustration: Illustration | null;
  attachment: Attachment | null;
  embed?: Embed | null;
  /** Content-lint only (never imported): the answers that must be accepted and refused. */
  answerChecks?: AnswerChecks | null;
  /** Content-lint only: an author checked the challenge against the checklist of api/content/README.md. */
  reviewed?: boolean;
}

export interface Tutorial {
  id: string;
  tubeId: string;
  title: string;
  titleEn?: string | null;
  source: string;
  format: string;
  durationMinutes: number;
  link: string;
  locale: string;
}

export interface ContentRelease {
  version: string;
  areas: Area[];
  competences: Competence[];
  tubes: Tube[];
  skills: Skill[];
  challenges: Challenge[];
  tutorials: Tutorial[];
}

export { FRAMEWORK_RULES };

function indexBy<T, K>(items: T[], key: (item: T) => K): Map<K, T> {
  return new Map(items.map((item) => [key(item), item]));
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const byCode = (a: { code: string }, b: { code: string }) =>
  a.code.localeCompare(b.code, 'fr', { numeric: true });

/** Read-mostly view of one release, with the indexes the platform needs. */
export class LearningContent {
  readonly version: string;
  readonly areas: Area[];
  readonly competences: Competence[];
  /** Every tube, skill and challenge of the release, archived ones included (Pix Admin browses them). */
  readonly tubes: Tube[];
  readonly skills: Skill[];
  readonly challenges: Challenge[];
  private readonly areaById: Map<string, Area>;
  private readonly competenceById: Map<string, Competence>;
  private readonly tubeById: Map<string, Tube>;
  private readonly skillById: Map<string, Skill>;
  private readonly challengeById: Map<string, Challenge>;
  private readonly challengeByPublicId: Map<string, Challenge>;
  private readonly tutorialById: Map<string, Tutorial>;
  private readonly activeSkillsByCompetence: Map<string, Skill[]>;
  private readonly activeSkillsByTube: Map<string, Skill[]>;
  private readonly challengesBySkill: Map<string, Challenge[]>;
  private readonly pixValueBySkill = new Map<string, number>();

  constructor(release: ContentRelease) {
    this.version = release.version;
    this.areas = [...release.areas].sort(byCode);
    this.competences = [...release.competences].sort(byCode);
    this.tubes = release.tubes;
    this.skills = release.skills;
    this.challenges = release.challenges;
    this.areaById = indexBy(release.areas, (a) => a.id);
    this.competenceById = indexBy(release.competences, (c) => c.id);
    this.tubeById = indexBy(release.tubes, (t) => t.id);
    this.skillById = indexBy(release.skills, (s) => s.id);
    this.challengeById = indexBy(release.challenges, (c) => c.id);
    this.challengeByPublicId = indexBy(
      release.challenges.filter((c) => c.publicId),
      (c) => c.publicId!,
    );
    this.tutorialById = indexBy(release.tutorials, (t) => t.id);
    this.challengesBySkill = groupBy(release.challenges, (c) => c.skillId);
    this.activeSkillsByCompetence = groupBy(
      release.skills.filter((s) => s.status === 'active'),
      (s) => s.competenceId,
    );
    this.activeSkillsByTube = groupBy(
      release.skills.filter((s) => s.status === 'active').sort((a, b) => a.level - b.level),
      (s) => s.tubeId,
    );
    for (const skills of this.activeSkillsByCompetence.values()) {
      const countByLevel = new Map<number, number>();
      for (const skill of skills) countByLevel.set(skill.level, (countByLevel.get(skill.level) ?? 0) + 1);
      for (const skill of skills) {
        const value = FRAMEWORK_RULES.pixPerLevel / countByLevel.get(skill.level)!;
        this.pixValueBySkill.set(skill.id, Math.min(FRAMEWORK_RULES.maxPixPerSkill, value));
      }
    }
  }

  area(id: string): Area | undefined {
    return this.areaById.get(id);
  }

  competence(id: string): Competence | undefined {
    return this.competenceById.get(id);
  }

  competencesOfArea(areaId: string): Competence[] {
    return this.areaById.get(areaId)?.competenceIds.map((id) => this.competenceById.get(id)!).filter(Boolean) ?? [];
  }

  tube(id: string): Tube | undefined {
    return this.tubeById.get(id);
  }

  skill(id: string): Skill | undefined {
    return this.skillById.get(id);
  }

  /** By the readable id of the content files (what answers and tests store). */
  challenge(id: string): Challenge | undefined {
    return this.challengeById.get(id);
  }

  /** By the opaque id the API shows (what a client sends back). */
  challengeOfPublicId(publicId: string): Challenge | undefined {
    return this.challengeByPublicId.get(publicId);
  }

  /** The opaque id the API shows for a challenge (readable id); throws when the release was not imported. */
  publicIdOf(challengeId: string): string {
    const publicId = this.challengeById.get(challengeId)?.publicId;
    if (!publicId) throw new Error(`Challenge ${challengeId} has no public id: the release was not imported`);
    return publicId;
  }

  tutorial(id: string): Tutorial | undefined {
    return this.tutorialById.get(id);
  }

  activeSkillsOf(competenceId: string): Skill[] {
    return this.activeSkillsByCompetence.get(competenceId) ?? [];
  }

  /** The active skills of a tube, by increasing level. */
  activeSkillsOfTube(tubeId: string): Skill[] {
    return this.activeSkillsByTube.get(tubeId) ?? [];
  }

  /** Every challenge of a skill, whatever its status (callers filter the served ones). */
  challengesOf(skillId: string): Challenge[] {
    return this.challengesBySkill.get(skillId) ?? [];
  }

  /** min(4, 8 / active skills of the same level in the competence); 0 for a skill out of the release. */
  pixValueOf(skillId: string): number {
    return this.pixValueBySkill.get(skillId) ?? 0;
  }
}
