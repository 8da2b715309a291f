import { masteryProbability } from './level-estimate';
import type { TestState } from './knowledge-elements';
import type { EngineSkill } from './types';

/**
 * Expected change in the number of wrong knowledge elements that one more answer would bring, under
 * the estimate. The pix rule makes every wrong element costly (one invalidated easy skill costs a
 * level), and an answer also spreads inside its tube (domain.md §2): a lucky guess validates the
 * easier skills not known yet, a slip invalidates the harder ones.
 */

/** A never-seen skill: its own answer may be wrong, and then spreads to the unknown skills of its tube. */
export function freshAnswerDamage(state: TestState, skill: EngineSkill, unknown: EngineSkill[]): number {
  const { slip, guess } = state.settings;
  const mastery = masteryProbability(state.posterior, skill.level);
  let damage = slip * mastery + guess * (1 - mastery);
  for (const other of unknown) {
    if (other.tubeId !== skill.tubeId || other === skill) continue;
    // Success while not mastering the easier skill (so a guess); failure while mastering the harder one (so a slip).
    damage += other.level < skill.level ? guess * (1 - masteryProbability(state.posterior, other.level)) : slip * masteryProbability(state.posterior, other.level);
  }
  return damage;
}

/**
 * A re-ask: the latest answer stands, so it fixes a wrong element when the new answer is right and
 * breaks a right one when the new answer is wrong (negative damage = expected repair).
 */
export function reaskDamage(state: TestState, skill: EngineSkill, unknown: EngineSkill[]): number {
  const { slip, guess } = state.settings;
  const mastery = masteryProbability(state.posterior, skill.level);
  const validated = state.direct.get(skill.id)!.status === 'validated';
  // Now validated: wrong when not mastered; the re-ask fails then with 1 − guess, and breaks it with `slip` otherwise.
  let damage = validated ? slip * mastery - (1 - guess) * (1 - mastery) : guess * (1 - mastery) - (1 - slip) * mastery;
  for (const other of unknown) {
    if (other.tubeId !== skill.tubeId) continue;
    if (validated && other.level > skill.level) damage += slip * masteryProbability(state.posterior, other.level);
    if (!validated && other.level < skill.level) damage += guess * (1 - masteryProbability(state.posterior, other.level));
  }
  return damage;
}

/**
 * Inside its tube, an answer also makes skills known that could no longer be asked. When they are
 * the last askable skills of a level the estimate has not settled, that level could not be asked
 * again: the expected information so lost (P(outcome) × information of that level).
 */
export function exhaustionLoss(
  skill: EngineSkill,
  askable: EngineSkill[],
  pSuccess: number,
  unsettledGain: (level: number) => number,
): number {
  let loss = 0;
  for (const success of [true, false]) {
    const removed = new Map<number, number>();
    for (const other of askable) {
      if (other.tubeId !== skill.tubeId || other === skill) continue;
      if (success ? other.level < skill.level : other.level > skill.level) removed.set(other.level, (removed.get(other.level) ?? 0) + 1);
    }
    for (const [level, count] of removed) {
      const left = askable.filter((s) => s.level === level && s !== skill).length - count;
      if (left <= 0) loss += (success ? pSuccess : 1 - pSuccess) * unsettledGain(level);
    }
  }
  return loss;
}
