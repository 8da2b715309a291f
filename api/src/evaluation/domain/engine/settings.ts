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
  /**
   * The same for skills two levels or more from the estimate, whose wrong inference would misplace
   * the learner by two levels or more: a stricter bar keeps such errors rare.
   */
  farConfidence: number;
  /** Infer settled skills beyond the tube (domain.md §3, first allowed departure). */
  crossTubeInference: boolean;
  /**
   * Do not infer inside the tube from an answer that the estimate contradicts, i.e. puts at least
   * this probability on the other side of its level (a likely slip or lucky guess): the skills of its
   * tube are then left to the other answers and inferences, or asked. 1 = always infer.
   */
  distrustAbove: number;
  /** Ask a contradicted skill once more with another challenge (domain.md §3, second departure). */
  reask: boolean;
  /**
   * A contradicted answer is asked again before the end only when the rest of the evidence is at
   * least this sure of the other side: failures (a slip costs a level under the pix rule) and
   * successes (a lucky guess rarely changes the level) have their own bar. At the end, a
   * contradicted answer that keeps the placement away from the estimate is always asked again.
   */
  reaskFailureAbove: number;
  reaskSuccessBelow: number;
  /** When nothing else can settle the estimate, also ask again successes contradicted less strongly. */
  weakReasks: boolean;
  /** Hard stop, whatever the estimate. */
  maxQuestions: number;
  /** Prior knowledge counts as evidence with this weight (1 = as much as an answer of this test). */
  priorEvidenceWeight: number;
  /** First challenge (domain.md §3.3): a skill of this level (else the lowest), not timed if avoidable. */
  firstChallengeLevel: number;
  /** domain.md §3.2 for the first challenge: only tubes whose highest level is ≤ 3 when some remain. */
  easyTubesFirst: boolean;
  /**
   * Exposure control: a test asks at most `exposureCap` × (2 × skills of a level) challenges of each
   * level (2 challenges per skill, the content rule), rounded up or down at random, so that no
   * challenge is seen by much more than this share of the learners of a level. A level whose quota
   * is spent is closed: its skills follow the estimate. 1 = no cap.
   */
  exposureCap: number;
  /**
   * A skill's score is its information on the level minus this weight × the expected number of wrong
   * knowledge elements its answer would bring (answer-risk.ts): a slip or a lucky guess spreads
   * inside the tube, and a re-ask may repair or break an element.
   */
  damageWeight: number;
  /** Weight of the information lost when an answer would make a level impossible to ask again (answer-risk.ts). */
  exhaustionWeight: number;
  /** Skills whose information is within this fraction of the best are drawn among at random (spreads exposure). */
  spread: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  maxLevel: FRAMEWORK_RULES.maxReachableLevel,
  slip: 0.1,
  guess: 0.15,
  confidence: 0.92,
  farConfidence: 0.991,
  crossTubeInference: true,
  distrustAbove: 0.5,
  reask: true,
  reaskFailureAbove: 0.5,
  reaskSuccessBelow: 0.1,
  weakReasks: true,
  maxQuestions: 24,
  priorEvidenceWeight: 0.5,
  firstChallengeLevel: 2,
  easyTubesFirst: false,
  exposureCap: 1,
  damageWeight: 0.5,
  exhaustionWeight: 3,
  spread: 0.1,
};

export function resolveSettings(settings?: Partial<EngineSettings>): EngineSettings {
  if (!settings) return DEFAULT_ENGINE_SETTINGS;
  const merged = { ...DEFAULT_ENGINE_SETTINGS };
  for (const [key, value] of Object.entries(settings)) {
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
