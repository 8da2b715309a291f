import { FRAMEWORK_RULES } from '../../../learning-content/domain/learning-content';

/**
 * What can be tuned in the engine, with the defaults measured by `npm run bench:engine`
 * (docs/benchmarks.md). Kept in one place, as domain.md asks for configurable rules.
 */
export interface EngineSettings {
  /** Highest level a learner can be placed at (domain.md §2): the estimate runs over 0 … maxLevel. */
  maxLevel: number;
  /** Response model of the estimate: P(fail | skill at or below the learner's level). */
  slip: number;
  /** Response model of the estimate: P(success | skill above the learner's level). */
  guess: number;
  /**
   * A skill's status is settled when the estimate puts at least this probability on one side of it
   * (P(level ≥ skill level) for validated, P(level < skill level) for invalidated). Settled skills
   * beyond the answered tubes are inferred (source `inferred`) and never asked; a direct answer
   * against a settled side is a contradiction, which may be asked once more.
   */
  confidence: number;
  /** Infer settled skills beyond the tube (domain.md §3, first allowed departure). */
  crossTubeInference: boolean;
  /** Ask a contradicted skill once more with another challenge (domain.md §3, second departure). */
  reask: boolean;
  /** Hard stop, whatever the estimate. */
  maxQuestions: number;
  /** The test ends when no challenge left is worth this much information (bits) on the level. */
  minInformationGain: number;
  /** Prior knowledge counts as evidence with this weight (1 = as much as an answer of this test). */
  priorEvidenceWeight: number;
  /** First challenge (domain.md §3.3): a skill of this level (else the lowest), not timed if avoidable. */
  firstChallengeLevel: number;
  /** domain.md §3.2 for the first challenge: only tubes whose highest level is ≤ 3 when some remain. */
  easyTubesFirst: boolean;
  /**
   * Exposure control: the share of a level's skills one test may ask (rounded up or down at random by
   * the seed, at least 1). 1 = no limit. With 2 challenges per skill, 0.5 keeps every challenge near
   * 25 % of the learners of a level.
   */
  levelShare: number;
  /** Skills whose information is within this fraction of the best are drawn among at random (spreads exposure). */
  spread: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  maxLevel: FRAMEWORK_RULES.maxReachableLevel,
  slip: 0.1,
  guess: 0.15,
  confidence: 0.97,
  crossTubeInference: true,
  reask: true,
  maxQuestions: 24,
  minInformationGain: 0.01,
  priorEvidenceWeight: 0.5,
  firstChallengeLevel: 2,
  easyTubesFirst: false,
  levelShare: 1,
  spread: 0,
};

export function resolveSettings(settings?: Partial<EngineSettings>): EngineSettings {
  if (!settings) return DEFAULT_ENGINE_SETTINGS;
  const merged = { ...DEFAULT_ENGINE_SETTINGS };
  for (const [key, value] of Object.entries(settings)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
