import { FRAMEWORK_RULES } from '../../../shared/domain/framework-rules';

/**
 * What can be tuned in the engine, with the defaults measured by `npm run bench:engine`
 * (docs/benchmarks.md). Kept in one place, as domain.md asks for configurable rules.
 */
export interface EngineSettings {
  /** Highest level a learner can be placed at (domain.md §2): the estimate runs over 0 … maxLevel. */
  maxLevel: number;
  /** Response model of the estimate: P(failure | a skill at or below the learner's level). */
  slip: number;
  /** Response model of the estimate: P(success | a skill above the learner's level). */
  guess: number;
  /**
   * A level is settled when the estimate puts at least this probability on one side of it
   * (P(level ≥ it) for validated, P(level < it) for invalidated). This bar applies at the boundary
   * of the estimate (levels estimate and estimate + 1), where a wrong side misplaces by one level.
   * Skills of settled levels not known otherwise are inferred (source `inferred`), never asked.
   */
  confidence: number;
  /** The same bar for the other levels, where a wrong side would misplace by two levels or more. */
  farConfidence: number;
  /** Infer the skills of settled levels beyond the answered tubes (domain.md §3, first allowed departure). */
  crossTubeInference: boolean;
  /**
   * Do not infer inside the tube from an answer that the estimate contradicts, i.e. puts at least
   * this probability on the other side of its level (a likely slip or lucky guess): the other skills
   * of its tube are left to the other answers and inferences, or asked. 1 = the literal rule.
   */
  distrustAbove: number;
  /** Ask a contradicted skill once more, with another challenge (domain.md §3, second departure). */
  reask: boolean;
  /**
   * An answer is contradicted when the rest of the evidence (both sides weighted alike) favours the
   * other side of its level. A contradicted failure is asked again when the rest of the evidence
   * gives mastery more than `reaskFailureAbove` (a slip costs a level under the pix rule); a
   * contradicted success when it gives less than `reaskSuccessBelow` (a lucky guess seldom changes
   * the level). Before the end, any contradicted answer that keeps the placement away from the
   * estimate is asked again.
   */
  reaskFailureAbove: number;
  reaskSuccessBelow: number;
  /** When no skill is left to settle the estimate, also ask again the other contradicted answers. */
  weakReasks: boolean;
  /** Hard stop, whatever the estimate: every skill then follows the estimate. */
  maxQuestions: number;
  /** Prior knowledge counts as evidence with this weight (1 = as much as an answer of this test). */
  priorEvidenceWeight: number;
  /** First challenge (domain.md §3.3): not timed if avoidable, a skill of this level (else the lowest). */
  firstChallengeLevel: number;
  /** domain.md §3.2 for the first challenge: only tubes whose highest level is ≤ 3 when some remain. */
  easyTubesFirst: boolean;
  /**
   * Weight, in the choice of a skill, of the expected number of wrong knowledge elements its answer
   * would bring (a slip or a lucky guess spreads inside the tube; answer-risk.ts).
   */
  damageWeight: number;
  /** Weight of the information lost when an answer would leave a level nothing to ask (answer-risk.ts). */
  exhaustionWeight: number;
  /** Skills whose score is within this fraction of the best are drawn among by the seed (spreads exposure). */
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
