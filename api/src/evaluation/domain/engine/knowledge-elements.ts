import { buildCompetenceModel, placementLevel, type CompetenceModel } from './competence-model';
import { inferBeyondTubes, inferInsideTubes, type DirectEvidence, type InferredEvidence } from './inference';
import { masteryProbability, observe, successProbability, uniformPosterior, type LevelPosterior } from './level-estimate';
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

  const insideTube = inferInsideTubes(model, direct, prior);
  const known = (id: string) => prior.has(id) || direct.has(id) || insideTube.has(id);
  const beyondTube =
    settings.crossTubeInference && input.answers.length > 0
      ? inferBeyondTubes(model, posterior, known, settings.confidence, input.answers.length - 1, input.answers.length >= settings.maxQuestions)
      : new Map<string, InferredEvidence>();

  let estimate = 0;
  for (let level = 1; level <= model.topLevel; level += 1) if (masteryProbability(posterior, level) >= 0.5) estimate = level;
  return { settings, model, answers: input.answers, prior, direct, insideTube, beyondTube, posterior, estimate };
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
