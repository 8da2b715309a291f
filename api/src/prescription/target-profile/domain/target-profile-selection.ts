import { BadUserInputError } from '../../../shared/domain/errors';
import { MAX_TUBE_LEVEL, TARGET_PROFILE_CATEGORIES, skillsOfTargetProfile, type TargetProfileCategory, type TargetProfileTube, type TubeSkill, type TubeSkillsSource } from './target-profile';

/**
 * Building a target profile in Pix Admin (issue 16): the content team picks tubes and caps each at a
 * level; what the selection targets, how long its test should be, and the rules of an edit. Pure.
 */

export const NAME_MAX_LENGTH = 255;
export const TEXT_MAX_LENGTH = 5000;
export const IMAGE_URL_MAX_LENGTH = 500;

/** The details of a parcours as typed by the content team. */
export interface TargetProfileDetails {
  name: string;
  category: TargetProfileCategory;
  description: string | null;
  comment: string | null;
  imageUrl: string | null;
}

const KEY = 'targetProfileAdministration.errors';

function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new BadUserInputError(field, 'errors.field.tooLong', { max });
  return trimmed || null;
}

/** Trimmed details; a clear error for a missing name, an unknown category, a text too long or an image URL that is not http(s). */
export function validateDetails(input: { name: string; category: string; description?: string | null; comment?: string | null; imageUrl?: string | null }): TargetProfileDetails {
  const name = input.name.trim();
  if (!name) throw new BadUserInputError('name', 'errors.field.required');
  if (name.length > NAME_MAX_LENGTH) throw new BadUserInputError('name', 'errors.field.tooLong', { max: NAME_MAX_LENGTH });
  if (!(TARGET_PROFILE_CATEGORIES as readonly string[]).includes(input.category)) throw new BadUserInputError('category', `${KEY}.categoryUnknown`);
  const imageUrl = optionalText(input.imageUrl, 'imageUrl', IMAGE_URL_MAX_LENGTH);
  if (imageUrl && !/^https?:\/\/[^\s]+$/i.test(imageUrl)) throw new BadUserInputError('imageUrl', `${KEY}.imageUrlInvalid`);
  return {
    name,
    category: input.category as TargetProfileCategory,
    description: optionalText(input.description, 'description', TEXT_MAX_LENGTH),
    comment: optionalText(input.comment, 'comment', TEXT_MAX_LENGTH),
    imageUrl,
  };
}

/**
 * The tubes as chosen: at least one, each known to the release (it has an active skill), each capped
 * between 1 and 8, each once. Ordered by tube id (the order the profile is stored and read in).
 */
export function validateTubeSelection(tubes: readonly { tubeId: string; levelCap: number }[], content: TubeSkillsSource): TargetProfileTube[] {
  if (tubes.length === 0) throw new BadUserInputError('tubes', `${KEY}.noTube`);
  const seen = new Set<string>();
  for (const { tubeId, levelCap } of tubes) {
    if (!Number.isInteger(levelCap) || levelCap < 1 || levelCap > MAX_TUBE_LEVEL) throw new BadUserInputError('tubes', `${KEY}.levelCap`, { tubeId, max: MAX_TUBE_LEVEL });
    if (content.activeSkillsOfTube(tubeId).length === 0) throw new BadUserInputError('tubes', `${KEY}.tubeUnknown`, { tubeId });
    if (seen.has(tubeId)) throw new BadUserInputError('tubes', `${KEY}.tubeTwice`, { tubeId });
    seen.add(tubeId);
  }
  return tubes.map(({ tubeId, levelCap }) => ({ tubeId, level: levelCap })).sort((a, b) => (a.tubeId < b.tubeId ? -1 : a.tubeId > b.tubeId ? 1 : 0));
}

/**
 * The tubes of a used profile that an edit would make lose skills: a tube removed or its cap lowered.
 * A campaign copied the profile's skills at its creation; the profile's page and the campaigns'
 * analysis would no longer agree, so a used profile may only gain skills (or be copied).
 */
export function tubesLosingSkills(before: readonly TargetProfileTube[], after: readonly TargetProfileTube[]): string[] {
  const capOf = new Map(after.map((tube) => [tube.tubeId, tube.level]));
  return before.filter((tube) => (capOf.get(tube.tubeId) ?? 0) < tube.level).map((tube) => tube.tubeId);
}

export function assertNoSkillLost(before: readonly TargetProfileTube[], after: readonly TargetProfileTube[], usedByCampaigns: boolean): void {
  if (!usedByCampaigns) return;
  const losing = tubesLosingSkills(before, after);
  if (losing.length > 0) throw new BadUserInputError('tubes', `${KEY}.skillsLost`, { tubeIds: losing.join(', ') });
}

/**
 * Estimated questions for one tube whose cap includes `skillCount` skills. The adaptive test
 * (shared/domain.md §3) asks about a skill near the estimated level and infers the skills below a
 * success and above a failure: within a tube this is a search by halves, about log2(n) answers to
 * place the learner, plus one to confirm. It never asks more questions than the tube has skills.
 * So: min(n, 1 + ceil(log2 n)); 1 → 1, 2 → 2, 3 → 3, 4 → 3, 8 → 4.
 */
export function estimatedQuestionsOfTube(skillCount: number): number {
  if (skillCount <= 0) return 0;
  return Math.min(skillCount, 1 + Math.ceil(Math.log2(skillCount)));
}

export interface SelectionSummary<S extends TubeSkill> {
  tubes: { tubeId: string; level: number; skills: S[] }[];
  tubeCount: number;
  skillCount: number;
  estimatedQuestionCount: number;
}

/** What a selection of tubes targets in the release: each tube's skills up to its cap, the totals and the estimated length of its test. */
export function summarizeSelection<S extends TubeSkill>(content: TubeSkillsSource<S>, tubes: readonly TargetProfileTube[]): SelectionSummary<S> {
  const perTube = tubes.map((tube) => ({ tubeId: tube.tubeId, level: tube.level, skills: skillsOfTargetProfile(content, [tube]) }));
  return {
    tubes: perTube,
    tubeCount: perTube.filter((tube) => tube.skills.length > 0).length,
    skillCount: skillsOfTargetProfile(content, tubes).length,
    estimatedQuestionCount: perTube.reduce((total, tube) => total + estimatedQuestionsOfTube(tube.skills.length), 0),
  };
}
