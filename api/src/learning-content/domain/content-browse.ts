import type { Challenge, ChallengeType, Competence, ContentStatus, LearningContent, Skill, Tube } from './learning-content';

/** Pix Admin's view of the release (issue 16): its tree and its challenges, searched and filtered. Pure. */

export interface ChallengeFilter {
  /** Words found (accents and case aside) in the reference, the instructions, the proposals, the solution, the skill or the tube. */
  search?: string | null;
  types?: ChallengeType[] | null;
  level?: number | null;
  status?: ContentStatus | null;
  /** A file to download (attachment). */
  hasFile?: boolean | null;
  timed?: boolean | null;
  hasEnglish?: boolean | null;
  competenceId?: string | null;
  tubeId?: string | null;
  skillId?: string | null;
}

/** A challenge with where it sits in the framework. */
export interface ChallengeListing {
  challenge: Challenge;
  skill: Skill;
  tube: Tube;
  competence: Competence;
}

export interface TreeSkill {
  skill: Skill;
  challengeCount: number;
}
export interface TreeTube {
  tube: Tube;
  skills: TreeSkill[];
}
export interface TreeCompetence {
  competence: Competence;
  tubes: TreeTube[];
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();

const isSet = <T>(value: T | null | undefined): value is T => value !== null && value !== undefined;

function matches(listing: ChallengeListing, filter: ChallengeFilter, words: string[]): boolean {
  const { challenge, skill, tube, competence } = listing;
  if (filter.types?.length && !filter.types.includes(challenge.type)) return false;
  if (isSet(filter.level) && skill.level !== filter.level) return false;
  if (isSet(filter.status) && challenge.status !== filter.status) return false;
  if (isSet(filter.hasFile) && (challenge.attachment !== null) !== filter.hasFile) return false;
  if (isSet(filter.timed) && (challenge.timer !== null) !== filter.timed) return false;
  if (isSet(filter.hasEnglish) && (challenge.instructionEn !== null) !== filter.hasEnglish) return false;
  if (filter.competenceId && competence.id !== filter.competenceId) return false;
  if (filter.tubeId && tube.id !== filter.tubeId) return false;
  if (filter.skillId && skill.id !== filter.skillId) return false;
  if (words.length === 0) return true;
  const haystack = fold([challenge.id, challenge.instruction, challenge.instructionEn ?? '', ...(challenge.proposals ?? []), JSON.stringify(challenge.solution), skill.name, tube.title].join('\n'));
  return words.every((word) => haystack.includes(word));
}

const byPlace = (a: ChallengeListing, b: ChallengeListing) =>
  a.competence.code.localeCompare(b.competence.code, 'fr', { numeric: true }) ||
  a.tube.name.localeCompare(b.tube.name, 'fr') ||
  a.skill.level - b.skill.level ||
  a.challenge.id.localeCompare(b.challenge.id, 'fr');

/** The challenges that pass the filter, by competence, tube, level and reference. */
export function browseChallenges(content: LearningContent, filter: ChallengeFilter = {}): ChallengeListing[] {
  const words = fold(filter.search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const listings: ChallengeListing[] = [];
  for (const challenge of content.challenges) {
    const skill = content.skill(challenge.skillId);
    const tube = skill && content.tube(skill.tubeId);
    const competence = skill && content.competence(skill.competenceId);
    if (!skill || !tube || !competence) continue;
    const listing = { challenge, skill, tube, competence };
    if (matches(listing, filter, words)) listings.push(listing);
  }
  return listings.sort(byPlace);
}

/** A challenge with where it sits in the framework, by its public id or its readable reference. */
export function listingOf(content: LearningContent, id: string): ChallengeListing | null {
  const challenge = content.challengeOfPublicId(id) ?? content.challenge(id);
  const skill = challenge && content.skill(challenge.skillId);
  const tube = skill && content.tube(skill.tubeId);
  const competence = skill && content.competence(skill.competenceId);
  return challenge && skill && tube && competence ? { challenge, skill, tube, competence } : null;
}

/** Areas → competences → tubes → skills (by level), with each skill's number of challenges. */
export function contentTree(content: LearningContent): { areaId: string; competences: TreeCompetence[] }[] {
  const tubesByCompetence = new Map<string, Tube[]>();
  for (const tube of content.tubes) tubesByCompetence.set(tube.competenceId, [...(tubesByCompetence.get(tube.competenceId) ?? []), tube]);
  const skillsByTube = new Map<string, Skill[]>();
  for (const skill of content.skills) skillsByTube.set(skill.tubeId, [...(skillsByTube.get(skill.tubeId) ?? []), skill]);
  return content.areas.map((area) => ({
    areaId: area.id,
    competences: content.competencesOfArea(area.id).map((competence) => ({
      competence,
      tubes: (tubesByCompetence.get(competence.id) ?? [])
        .filter((tube) => skillsByTube.has(tube.id))
        .sort((a, b) => a.title.localeCompare(b.title, 'fr'))
        .map((tube) => ({
          tube,
          skills: (skillsByTube.get(tube.id) ?? [])
            .sort((a, b) => a.level - b.level)
            .map((skill) => ({ skill, challengeCount: content.challengesOf(skill.id).length })),
        })),
    })),
  }));
}
