import { buildCompetenceModel, placementLevel, type CompetenceModel } from './competence-model';
import { inferBeyondTubes, inferInsideTubes, settlingBar, type DirectEvidence, type InferredEvidence } from './inference';
import { masteryProbability, observe, successProbability, uniformPosterior, type LevelPosterior } from './level-estimate';
import { resolveSettings, type EngineSettings } from './settings';
import type { DerivedKnowledgeElement, EngineAnswer, EngineChallenge, EngineSkill, KnowledgeStatus, PriorKnowledge } from './types';

/** Everything the engine knows after the answers so far. */
export interface TestState {
  settings: EngineSettings;
  model: CompetenceModel;
  answers: EngineAnswer[];
  prior: Map<string, KnowledgeStatus>;
  direct: Map<string, DirectEvidence>;
  insideTube: Map<string, InferredEvidence>;
  beyondTube: Map<string, InferredEvidence>;
  posterior: LevelPosterior;
  /** The estimated level: the highest level the learner more likely masters than not. */
  estimate: number;
  /** The test can never ask this skill (no challenge in the locale, or the test is full): it follows the estimate. */
  closed: (skill: EngineSkill) => boolean;
}

export const statusOf = (answer: EngineAnswer): KnowledgeStatus => (answer.result === 'ok' ? 'validated' : 'invalidated');

export interface KnowledgeInput {
  skills: readonly EngineSkill[];
  answers: EngineAnswer[];
  prior: PriorKnowledge[];
  settings?: Partial<EngineSettings>;
  /**
   * The test's challenges and locale, optional: with them, a skill that has no challenge in the
   * locale (the test can never ask it) follows the estimate. Passing the whole EngineInput is fine.
   */
  challenges?: readonly EngineChallenge[];
  locale?: string;
}

export function buildTestState(input: KnowledgeInput): TestState {
  const settings = resolveSettings(input.settings);
  const model = buildCompetenceModel(input.skills, settings);
  const prior = new Map<string, KnowledgeStatus>();
  for (const ke of input.prior) if (model.skillById.has(ke.skillId)) prior.set(ke.skillId, ke.status);

  let posterior = uniformPosterior(model.topLevel);
  for (const [skillId, status] of prior) {
    posterior = observe(posterior, model.skillById.get(skillId)!.level, status === 'validated', settings, settings.priorEvidenceWeight);
  }
  const direct = new Map<string, DirectEvidence>();
  input.answers.forEach((answer, answerIndex) => {
    const skill = model.skillById.get(answer.skillId);
    if (!skill) return;
    posterior = observe(posterior, skill.level, answer.result === 'ok', settings);
    if (prior.has(skill.id)) return;
    const previous = direct.get(skill.id);
    direct.set(skill.id, { status: statusOf(answer), answerIndex, answers: (previous?.answers ?? 0) + 1 });
  });

  let estimate = 0;
  for (let level = 1; level <= model.topLevel; level += 1) if (masteryProbability(posterior, level) >= 0.5) estimate = level;

  const distrusted = (skillId: string) => {
    if (settings.distrustAbove >= 1) return false;
    const level = model.skillById.get(skillId)!.level;
    if (level > model.topLevel) return false;
    const mastery = masteryProbability(posterior, level);
    const against = direct.get(skillId)!.status === 'validated' ? 1 - mastery : mastery;
    return against >= settings.distrustAbove;
  };
  const insideTube = inferInsideTubes(model, direct, prior, distrusted);
  const known = (id: string) => prior.has(id) || direct.has(id) || insideTube.has(id);
  const { challenges, locale } = input;
  const servable = challenges && locale ? new Set(challenges.filter((c) => c.locales.includes(locale)).map((c) => c.skillId)) : undefined;
  const closed = (skill: EngineSkill) =>
    input.answers.length >= settings.maxQuestions ||
    (servable !== undefined && !servable.has(skill.id));
  const beyondTube =
    settings.crossTubeInference && input.answers.length > 0
      ? inferBeyondTubes(model, posterior, estimate, known, (level) => settlingBar(settings, estimate, level), input.answers.length - 1, closed)
      : new Map<string, InferredEvidence>();
  return { settings, model, answers: input.answers, prior, direct, insideTube, beyondTube, posterior, estimate, closed };
}

/** Every level's side is settled: nothing but a contradiction could still move the estimate. */
export function isSettled(state: TestState): boolean {
  for (let level = 1; level <= state.model.topLevel; level += 1) {
    const mastery = masteryProbability(state.posterior, level);
    const side = level <= state.estimate ? mastery : 1 - mastery;
    if (side < settlingBar(state.settings, state.estimate, level)) return false;
  }
  return true;
}

export function isKnown(state: TestState, skillId: string): boolean {
  return state.prior.has(skillId) || state.direct.has(skillId) || state.insideTube.has(skillId) || state.beyondTube.has(skillId);
}

/** The level the platform will compute from the prior and derived knowledge elements. */
export function projectedPlacement(state: TestState): number {
  const validated: string[] = [];
  for (const [id, status] of state.prior) if (status === 'validated') validated.push(id);
  for (const map of [state.direct, state.insideTube, state.beyondTube]) {
    for (const [id, evidence] of map) if (evidence.status === 'validated') validated.push(id);
  }
  return placementLevel(state.model, validated);
}

/**
 * How much every answer but the latest one on this skill favours mastering it — the rest of the
 * evidence, against which that answer is a contradiction (a slip or a lucky guess): the likelihood
 * of the best level at or above the skill against the best level below, as a probability. With no
 * other answer on either side, it is 0.5: no contradiction.
 */
export function masteryWithoutLatestAnswer(state: TestState, skillId: string): number {
  const evidence = state.direct.get(skillId);
  const skill = state.model.skillById.get(skillId);
  if (!evidence || !skill) return 0.5;
  const success = evidence.status === 'validated';
  let above = 0;
  let below = 0;
  state.posterior.forEach((p, level) => {
    const ps = successProbability(level, skill.level, state.settings);
    const rest = p / (success ? ps : 1 - ps);
    if (level >= skill.level) above = Math.max(above, rest);
    else below = Math.max(below, rest);
  });
  return above + below > 0 ? above / (above + below) : 0.5;
}

/** The direct answer on this skill goes against the rest of the evidence. */
export function isContradicted(state: TestState, skillId: string): boolean {
  const evidence = state.direct.get(skillId);
  if (!evidence) return false;
  const mastery = masteryWithoutLatestAnswer(state, skillId);
  return evidence.status === 'validated' ? mastery < 0.5 : mastery > 0.5;
}

/** The knowledge elements after all answers: exactly one per known skill (the latest evidence stands). */
export function knowledgeElementsOf(input: KnowledgeInput): DerivedKnowledgeElement[] {
  const state = buildTestState(input);
  const elements: DerivedKnowledgeElement[] = [];
  for (const [skillId, e] of state.direct) elements.push({ skillId, status: e.status, source: 'direct', answerIndex: e.answerIndex });
  for (const map of [state.insideTube, state.beyondTube]) {
    for (const [skillId, e] of map) elements.push({ skillId, status: e.status, source: 'inferred', answerIndex: e.answerIndex });
  }
  const order = new Map(state.model.skills.map((s, i) => [s.id, i]));
  return elements.sort((a, b) => a.answerIndex - b.answerIndex || order.get(a.skillId)! - order.get(b.skillId)!);
}
