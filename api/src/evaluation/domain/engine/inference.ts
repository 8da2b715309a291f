import type { CompetenceModel } from './competence-model';
import { masteryProbability, type LevelPosterior } from './level-estimate';
import type { EngineSkill, KnowledgeStatus } from './types';

export interface DirectEvidence {
  status: KnowledgeStatus;
  /** Index of the latest answer on the skill: the latest evidence stands. */
  answerIndex: number;
  /** How many answers of this test were on the skill (2 after a re-ask). */
  answers: number;
}

export interface InferredEvidence {
  status: KnowledgeStatus;
  answerIndex: number;
}

/**
 * Inference inside a tube (domain.md §2): a validated skill validates the easier skills of its tube,
 * an invalidated one invalidates the harder ones, for skills not known otherwise. When two answers
 * of the tube disagree on a skill between them, the latest one stands. An answer in `distrusted`
 * (one the estimate contradicts: a likely slip or lucky guess) is not inferred from.
 */
export function inferInsideTubes(
  model: CompetenceModel,
  direct: Map<string, DirectEvidence>,
  prior: Map<string, KnowledgeStatus>,
  distrusted: (skillId: string) => boolean = () => false,
): Map<string, InferredEvidence> {
  const inferred = new Map<string, InferredEvidence>();
  for (const tube of model.tubeSkills.values()) {
    const answered = tube.filter((s) => direct.has(s.id) && !distrusted(s.id));
    if (!answered.length) continue;
    for (const skill of tube) {
      if (direct.has(skill.id) || prior.has(skill.id)) continue;
      let best: InferredEvidence | undefined;
      for (const source of answered) {
        const evidence = direct.get(source.id)!;
        const applies =
          (evidence.status === 'validated' && source.level > skill.level) ||
          (evidence.status === 'invalidated' && source.level < skill.level);
        if (applies && (!best || evidence.answerIndex > best.answerIndex)) {
          best = { status: evidence.status, answerIndex: evidence.answerIndex };
        }
      }
      if (best) inferred.set(skill.id, best);
    }
  }
  return inferred;
}

/**
 * The bar a skill level must pass to be settled: `confidence` at the estimate's boundary (levels
 * estimate and estimate + 1), where a wrong inference misplaces by one level, `farConfidence`
 * elsewhere, where it would misplace by two levels or more.
 */
export function settlingBar(bars: { confidence: number; farConfidence: number }, estimate: number, level: number): number {
  return level === estimate || level === estimate + 1 ? bars.confidence : bars.farConfidence;
}

/**
 * Inference beyond the tube (domain.md §3, allowed departure): a skill known neither by an answer,
 * nor inside its tube, nor before the test, is inferred once the estimate has settled its side —
 * validated when P(level ≥ its level) ≥ the bar, invalidated when P(level < its level) ≥ the bar
 * (settlingBar). A `closed` skill (the test may not ask it) follows the estimate at once.
 */
export function inferBeyondTubes(
  model: CompetenceModel,
  posterior: LevelPosterior,
  estimate: number,
  known: (skillId: string) => boolean,
  bar: (level: number) => number,
  answerIndex: number,
  closed: (skill: EngineSkill) => boolean,
): Map<string, InferredEvidence> {
  const inferred = new Map<string, InferredEvidence>();
  for (const skill of model.skills) {
    if (skill.level > model.topLevel || known(skill.id)) continue;
    const mastery = masteryProbability(posterior, skill.level);
    const followEstimate = closed(skill);
    if (mastery >= bar(skill.level) || (followEstimate && skill.level <= estimate)) inferred.set(skill.id, { status: 'validated', answerIndex });
    else if (1 - mastery >= bar(skill.level) || followEstimate) inferred.set(skill.id, { status: 'invalidated', answerIndex });
  }
  return inferred;
}
