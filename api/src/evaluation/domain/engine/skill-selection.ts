import type { CompetenceModel } from './competence-model';
import { pickOne, type Random } from './prng';
import type { EngineSettings } from './settings';
import type { EngineChallenge, EngineSkill } from './types';

/** A skill the engine may ask now, with the challenges it may show for it. */
export interface SkillOption {
  skill: EngineSkill;
  challenges: EngineChallenge[];
  /** Asked once already: this would be the one re-ask domain.md §3 allows. */
  reask: boolean;
  /** Expected information on the level (bits). */
  score: number;
}

/** Challenges still playable per target skill: in the learner's locale and not yet asked in this test. */
export function playableChallengesBySkill(
  challenges: readonly EngineChallenge[],
  model: CompetenceModel,
  askedChallengeIds: Set<string>,
  locale: string,
): Map<string, EngineChallenge[]> {
  const bySkill = new Map<string, EngineChallenge[]>();
  const seen = new Set<string>();
  for (const challenge of challenges) {
    if (seen.has(challenge.id)) continue;
    seen.add(challenge.id);
    if (askedChallengeIds.has(challenge.id) || !challenge.locales.includes(locale) || !model.skillById.has(challenge.skillId)) continue;
    const list = bySkill.get(challenge.skillId);
    if (list) list.push(challenge);
    else bySkill.set(challenge.skillId, [challenge]);
  }
  return bySkill;
}

const isTimed = (challenge: EngineChallenge) => challenge.timer !== null && challenge.timer !== undefined;

/** No two timed challenges in a row when avoidable: keeps the untimed challenges if any option has one. */
export function avoidTimed(options: SkillOption[]): SkillOption[] {
  const untimed = options
    .map((option) => ({ ...option, challenges: option.challenges.filter((c) => !isTimed(c)) }))
    .filter((option) => option.challenges.length > 0);
  return untimed.length ? untimed : options;
}

/**
 * The first challenge (domain.md §3.2–3.3): optionally only tubes whose highest level is ≤ 3, no timed
 * challenge if avoidable, a skill of `firstChallengeLevel` (else the lowest level available).
 */
export function firstChallengeOptions(options: SkillOption[], model: CompetenceModel, settings: EngineSettings): SkillOption[] {
  let kept = options;
  if (settings.easyTubesFirst) {
    const easy = kept.filter((o) => Math.max(...model.tubeSkills.get(o.skill.tubeId)!.map((s) => s.level)) <= 3);
    if (easy.length) kept = easy;
  }
  kept = avoidTimed(kept);
  const atLevel = kept.filter((o) => o.skill.level === settings.firstChallengeLevel);
  if (atLevel.length) return atLevel;
  const lowest = Math.min(...kept.map((o) => o.skill.level));
  return kept.filter((o) => o.skill.level === lowest);
}

/**
 * The most informative options: never-seen skills first (a re-ask wins only when strictly more
 * informative), and every skill within `spread` of the best, so that exposure spreads.
 */
export function bestOptions(options: SkillOption[], spread: number): SkillOption[] {
  const best = (list: SkillOption[]) => list.reduce((max, o) => Math.max(max, o.score), -Infinity);
  const fresh = options.filter((o) => !o.reask);
  const reasks = options.filter((o) => o.reask);
  const bestFresh = best(fresh);
  const bestReask = best(reasks);
  if (fresh.length && bestFresh >= bestReask - 1e-12) {
    const floor = bestFresh - spread * Math.abs(bestFresh) - 1e-12;
    return fresh.filter((o) => o.score >= floor);
  }
  return reasks.filter((o) => o.score >= bestReask - 1e-12);
}

/** One skill, then one of its challenges, drawn by the seeded generator. */
export function draw(options: SkillOption[], random: Random): { skill: EngineSkill; challenge: EngineChallenge } {
  const sorted = [...options].sort((a, b) => (a.skill.id < b.skill.id ? -1 : a.skill.id > b.skill.id ? 1 : 0));
  const option = pickOne(sorted, random);
  const challenges = [...option.challenges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { skill: option.skill, challenge: pickOne(challenges, random) };
}
