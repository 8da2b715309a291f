/** The vocabulary of the positioning engine (domain.md §2–3). Pure types, shared with the persistence code. */
export type AnswerResultValue = 'ok' | 'ko' | 'skipped' | 'timed-out' | 'focused-out';

export interface EngineSkill {
  id: string;
  tubeId: string;
  level: number;
}

export interface EngineChallenge {
  id: string;
  skillId: string;
  timer: number | null;
  locales: string[];
}

export interface EngineAnswer {
  challengeId: string;
  skillId: string;
  result: AnswerResultValue;
}

/** Knowledge the learner already has on target skills before this test (a retry keeps successes). */
export interface PriorKnowledge {
  skillId: string;
  status: 'validated' | 'invalidated';
}

export type KnowledgeStatus = 'validated' | 'invalidated';

export interface DerivedKnowledgeElement {
  skillId: string;
  status: KnowledgeStatus;
  source: 'direct' | 'inferred';
  /** Index in `answers` of the answer this element comes from. */
  answerIndex: number;
}

export type EngineDecision = { kind: 'challenge'; challengeId: string; skillId: string } | { kind: 'end' };
