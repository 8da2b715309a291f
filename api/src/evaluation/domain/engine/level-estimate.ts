import type { EngineSettings } from './settings';

/**
 * The estimate of the learner's level: a posterior over the levels 0 … topLevel, under a response
 * model where a learner of level L succeeds on a skill of level d ≤ L except for a slip, and on a
 * harder one only by a guess. Uniform prior.
 */
export type LevelPosterior = number[];

export function uniformPosterior(topLevel: number): LevelPosterior {
  return Array.from({ length: topLevel + 1 }, () => 1 / (topLevel + 1));
}

export function successProbability(level: number, skillLevel: number, settings: EngineSettings): number {
  return skillLevel <= level ? 1 - settings.slip : settings.guess;
}

/** Bayes update with one observation on a skill of `skillLevel` (weight < 1 tempers prior knowledge). */
export function observe(
  posterior: LevelPosterior,
  skillLevel: number,
  success: boolean,
  settings: EngineSettings,
  weight = 1,
): LevelPosterior {
  const next = posterior.map((p, level) => {
    const ps = successProbability(level, skillLevel, settings);
    const likelihood = success ? ps : 1 - ps;
    return p * (weight === 1 ? likelihood : likelihood ** weight);
  });
  const total = next.reduce((a, b) => a + b, 0);
  return total > 0 ? next.map((p) => p / total) : uniformPosterior(posterior.length - 1);
}

/** P(level ≥ skillLevel): the probability that the learner masters a skill of this level. */
export function masteryProbability(posterior: LevelPosterior, skillLevel: number): number {
  let total = 0;
  for (let level = Math.max(0, skillLevel); level < posterior.length; level += 1) total += posterior[level];
  return Math.min(1, total);
}

/** Most probable level, the lowest on ties. */
export function mostProbableLevel(posterior: LevelPosterior): { level: number; probability: number } {
  let level = 0;
  for (let l = 1; l < posterior.length; l += 1) if (posterior[l] > posterior[level] + 1e-12) level = l;
  return { level, probability: posterior[level] };
}

function entropy(posterior: LevelPosterior): number {
  let h = 0;
  for (const p of posterior) if (p > 0) h -= p * Math.log2(p);
  return h;
}

/** P(success) on a skill of this level, over the estimate. */
export function successChance(posterior: LevelPosterior, skillLevel: number, settings: EngineSettings): number {
  let pSuccess = 0;
  for (let level = 0; level < posterior.length; level += 1) pSuccess += posterior[level] * successProbability(level, skillLevel, settings);
  return pSuccess;
}

/** Expected information (bits) on the level brought by one answer on a skill of this level. */
export function informationGain(posterior: LevelPosterior, skillLevel: number, settings: EngineSettings): number {
  const pSuccess = successChance(posterior, skillLevel, settings);
  if (pSuccess <= 0 || pSuccess >= 1) return 0;
  const after =
    pSuccess * entropy(observe(posterior, skillLevel, true, settings)) +
    (1 - pSuccess) * entropy(observe(posterior, skillLevel, false, settings));
  return Math.max(0, entropy(posterior) - after);
}
