import {
  buildTestState,
  isContradicted,
  isKnown,
  isSettled,
  masteryWithoutLatestAnswer,
  projectedPlacement,
  type TestState,
} from './knowledge-elements';
import { exhaustionLoss, freshAnswerDamage, reaskDamage } from './answer-risk';
import { informationGain, successChance } from './level-estimate';
import { randomFor } from './prng';
import type { EngineSettings } from './settings';
import { avoidTimed, bestOptions, draw, firstChallengeOptions, playableChallengesBySkill, type SkillOption } from './skill-selection';
import type { EngineAnswer, EngineChallenge, EngineDecision, EngineSkill, PriorKnowledge } from './types';

export interface EngineInput {
  /** The target skills (the competence's active skills). */
  skills: readonly EngineSkill[];
  /** Playable challenges of those skills (validated status). */
  challenges: readonly EngineChallenge[];
  /** This test's answers so far, in order. */
  answers: EngineAnswer[];
  prior: PriorKnowledge[];
  /** The assessment's id: same input → same decision. */
  seed: string;
  /** 'fr' | 'en': only challenges whose locales include it. */
  locale: string;
  settings?: Partial<EngineSettings>;
}

const END: EngineDecision = { kind: 'end' };

function decide(options: SkillOption[], input: EngineInput): EngineDecision {
  const { skill, challenge } = draw(options, randomFor(input.seed, 'step', input.answers.length));
  return { kind: 'challenge', challengeId: challenge.id, skillId: skill.id };
}

/** Contradicted answers whose re-ask would move the placement towards the estimate, strongest first. */
function neededReasks(state: TestState, reasks: SkillOption[]): SkillOption[] {
  const placement = projectedPlacement(state);
  if (placement === state.estimate) return [];
  const wanted = placement < state.estimate ? 'invalidated' : 'validated';
  const useful = reasks.filter((o) => {
    const evidence = state.direct.get(o.skill.id)!;
    return evidence.status === wanted && (wanted === 'invalidated' ? o.skill.level <= state.estimate : o.skill.level > state.estimate);
  });
  const strength = (o: SkillOption) => {
    const mastery = masteryWithoutLatestAnswer(state, o.skill.id);
    return wanted === 'invalidated' ? mastery : 1 - mastery;
  };
  const best = Math.max(...useful.map(strength));
  return useful.filter((o) => strength(o) >= best - 1e-9);
}

/**
 * The next challenge of a positioning test, or its end. Adaptive: each challenge is the most
 * informative on the level among skills not known yet; the test ends when every target skill is
 * settled (answered, inferred inside its tube, or inferred beyond it by a confident estimate) and
 * no contradicted answer could still change the placement.
 */
export function nextChallenge(input: EngineInput): EngineDecision {
  const state = buildTestState(input);
  const { settings, model } = state;
  if (input.answers.length >= settings.maxQuestions) return END;

  const asked = new Set(input.answers.map((a) => a.challengeId));
  const playable = playableChallengesBySkill(input.challenges, model, asked, input.locale);
  const lastChallenge = input.answers.length ? input.challenges.find((c) => c.id === input.answers[input.answers.length - 1].challengeId) : undefined;
  const lastWasTimed = lastChallenge !== undefined && lastChallenge.timer !== null && lastChallenge.timer !== undefined;
  const spaced = (options: SkillOption[]) => (lastWasTimed ? avoidTimed(options) : options);

  const gainByLevel = new Map<number, number>();
  const gain = (level: number) => {
    if (!gainByLevel.has(level)) gainByLevel.set(level, informationGain(state.posterior, level, settings));
    return gainByLevel.get(level)!;
  };
  const unknown = model.skills.filter((s) => s.level <= model.topLevel && !isKnown(state, s.id));
  const askable = unknown.filter((s) => playable.has(s.id) && !state.closed(s));
  const fresh: SkillOption[] = [];
  for (const skill of askable) {
    let score = 0;
    if (input.answers.length) {
      score = gain(skill.level) - settings.damageWeight * freshAnswerDamage(state, skill, unknown);
      if (settings.exhaustionWeight) {
        score -= settings.exhaustionWeight * exhaustionLoss(skill, askable, successChance(state.posterior, skill.level, settings), gain);
      }
    }
    fresh.push({ skill, challenges: playable.get(skill.id)!, reask: false, score });
  }

  if (!input.answers.length) {
    return fresh.length ? decide(firstChallengeOptions(fresh, model, settings), input) : END;
  }

  // Re-asks of contradicted answers: strong ones compete with never-seen skills; weak ones only
  // when nothing else can settle the estimate.
  const strong: SkillOption[] = [];
  const weak: SkillOption[] = [];
  const all: SkillOption[] = [];
  if (settings.reask) {
    for (const [skillId, evidence] of state.direct) {
      const skill = model.skillById.get(skillId)!;
      const challenges = playable.get(skillId);
      if (!challenges || evidence.answers > 1 || skill.level > model.topLevel || !isContradicted(state, skillId)) continue;
      const mastery = masteryWithoutLatestAnswer(state, skillId);
      const isStrong = evidence.status === 'invalidated' ? mastery > settings.reaskFailureAbove : mastery < settings.reaskSuccessBelow;
      const option = { skill, challenges, reask: true, score: gain(skill.level) - settings.damageWeight * reaskDamage(state, skill, unknown) };
      (isStrong ? strong : weak).push(option);
      all.push(option);
    }
  }

  if (fresh.length || strong.length) return decide(bestOptions(spaced([...fresh, ...strong]), settings.spread), input);
  if (settings.weakReasks && !isSettled(state) && weak.length) return decide(bestOptions(spaced(weak), settings.spread), input);
  const needed = neededReasks(state, all);
  return needed.length ? decide(spaced(needed), input) : END;
}
