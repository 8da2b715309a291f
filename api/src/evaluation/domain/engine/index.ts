/** The adaptive positioning engine (domain.md §2–3): pure, no framework. */
export type {
  AnswerResultValue,
  DerivedKnowledgeElement,
  EngineAnswer,
  EngineChallenge,
  EngineDecision,
  EngineSkill,
  PriorKnowledge,
} from './types';
export type { EngineSettings } from './settings';
export { DEFAULT_ENGINE_SETTINGS } from './settings';
export type { EngineInput } from './next-challenge';
export { nextChallenge } from './next-challenge';
export type { KnowledgeInput } from './knowledge-elements';
export { knowledgeElementsOf } from './knowledge-elements';
export type { SkillSetInput, SkillSetSkill, SkillSetStep } from './skill-set-test';
export { nextSkillSetStep, skillSetKnowledgeElementsOf } from './skill-set-test';
export { countedPriorKnowledge } from './prior-knowledge';
