import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../../../learning-content';
import type { Clock } from '../../../shared/domain/clock';
import type { ThrottleSettings } from '../../../shared/domain/throttle-policy';
import type { EventBus } from '../../../shared/infrastructure/events';
import type { InvigilatorTokens } from '../infrastructure/invigilator-tokens';

/**
 * Scores every course of a session being finalised, in the finalisation's transaction: certification/results
 * implements it (`scoreFinalizedSession`), the composition root gives it (the evaluation never imports results).
 */
export type SessionScoring = (em: EntityManager, request: { sessionId: number; userId: number; now: Date }) => Promise<number>;

/** What the certification's test needs, made once at start (platform.ts). */
export interface CertificationDependencies {
  clock: Clock;
  content: () => LearningContent;
  throttle: ThrottleSettings;
  tokens: InvigilatorTokens;
  events: EventBus;
  /** Which of several alternatives to ask (random; tests may fix it). */
  pick: (n: number) => number;
  onError?: (error: unknown) => void;
  /** Scoring at finalisation (certification/results). */
  scoreSession: SessionScoring;
}
