import { buildCompetenceModel, placementLevel, type CompetenceModel } from './competence-model';
import { inferBeyondTubes, inferInsideTubes, settlingBar, type DirectEvidence, type InferredEvidence } from './inference';
import { masteryProbability, observe, successProbability, uniformPosterior, type LevelPosterior } from './level-estimate';
import { randomFor } from './prng';
import { resolveSettings, type EngineSettings } from './settings';
import type { DerivedKnowledgeElement, EngineAnswer, EngineSkill, KnowledgeStatus, PriorKnowledge } from './types';

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
  /** The test may ask no more challenges of this level (exposure quota spent, or the test is full). */
  closed: (level: number) => boolean;
}

/**
 * How many challenges of a level one test may ask under `exposureCap`, rounded at random: the
 * draw is seeded by the test's first challenge (itself drawn by the assessment's seed), so that
 * knowledgeElementsOf, which has no seed, agrees with nextChallenge.
 */
export function levelQuota(model: CompetenceModel, settings: EngineSettings, firstChallengeId: string, level: number): number {
  if (settings.exposureCap >= 1) return Infinity;
  const skills = model.skills.filter((s) => s.level === level).length;
  const exact = 2 * skills * settings.exposureCap;
  const draw = randomFor(firstChallengeId, 'quota', level)();
  return Math.max(1, Math.floor(exact) + (draw < exact - Math.floor(exact) ? 1 : 0));
}

export const statusOf = (answer: EngineAnswer): KnowledgeStatus => (answer.result === 'ok' ? 'validated' : 'invalidated');

export function buildTestState(
  input: { skills: EngineSkill[]; answers: EngineAnswer[]; prior: PriorKnowledge[]; settings?: Partial<EngineSettings> },
): TestState {
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
  const answersByLevel = new Map<number, number>();
  for (const answer of input.answers) {
    const level = model.skillById.get(answer.skillId)?.level;
    if (level !== undefined) answersByLevel.set(level, (answersByLevel.get(level) ?? 0) + 1);
  }
  const firstChallengeId = input.answers[0]?.challengeId ?? '';
  const closed = (level: number) =>
    input.answers.length >= settings.maxQuestions || (answersByLevel.get(level) ?? 0) >= levelQuota(model, settings, firstChallengeId, level);
  const beyondTube =
    settings.crossTubeInference && input.answers.length > 0
      ? inferBeyondTubes(model, posterior, estimate, known, (level) => settlingBar(settings, estimate, level), input.answers.length - 1, closed)
      : new Map<string, InferredEvidence>();
  return { settings, model, answers: input.answers, prior, direct, insideTube, beyondTube, posterior, estimate, closed };
}

/** Every level's side is settled: nothing but a contradiction could still move the estimate. */
export function isSettled(state: TestState): boolean {
  for (let level = 1; level <= state.model.topLevel; level += 1) {
    if (state.closed(level)) continue;
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
 * P(the learner masters this skill) according to every answer but the latest one on it: the rest of
 * the evidence, against which an answer is a contradiction (a slip or a lucky guess).
 */
export function masteryWithoutLatestAnswer(state: TestState, skillId: string): number {
  const evidence = state.direct.get(skillId);
  const skill = state.model.skillById.get(skillId);
  if (!evidence || !skill) return 0.5;
  const success = evidence.status === 'validated';
  const rest = state.posterior.map((p, level) => {
    const ps = successProbability(level, skill.level, state.settings);
    return p / (success ? ps : 1 - ps);
  });
  const total = rest.reduce((a, b) => a + b, 0);
  return masteryProbability(rest.map((p) => p / total), skill.level);
}

/** The direct answer on this skill goes against the rest of the evidence. */
export function isContradicted(state: TestState, skillId: string): boolean {
  const evidence = state.direct.get(skillId);
  if (!evidence) return false;
  const mastery = masteryWithoutLatestAnswer(state, skillId);
  return evidence.status === 'validated' ? mastery < 0.5 : mastery > 0.5;
}

/** The knowledge elements after all answers: exactly one per known skill (the latest evidence stands). */
export function knowledgeElementsOf(input: {
  skills: EngineSkill[];
  answers: EngineAnswer[];
  prior: PriorKnowledge[];
  settings?: Partial<EngineSettings>;
}): DerivedKnowledgeElement[] {
  const state = buildTestState(input);
  const elements: DerivedKnowledgeElement[] = [];
  for (const [skillId, e] of state.direct) elements.push({ skillId, status: e.status, source: 'direct', answerIndex: e.answerIndex });
  for (const map of [state.insideTube, state.beyondTube]) {
    for (const [skillId, e] of map) elements.push({ skillId, status: e.status, source: 'inferred', answerIndex: e.answerIndex });
  }
  const order = new Map(state.model.skills.map((s, i) => [s.id, i]));
  return elements.sort((a, b) => a.answerIndex - b.answerIndex || order.get(a.skillId)! - order.get(b.skillId)!);
}
