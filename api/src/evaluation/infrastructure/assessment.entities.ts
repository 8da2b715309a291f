import { EntitySchema, OptionalProps } from '@mikro-orm/core';
import type { AssessmentType } from '../domain/assessment';

/** A positioning test on one competence, or the test of a campaign participation over the campaign's skills. */
export type { AssessmentType };
export type AssessmentStateValue = 'STARTED' | 'COMPLETED';

/** A test taken by a learner: the positioning test of one competence, or a campaign's test. */
export class AssessmentEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'state' | 'locale' | 'isRetry';
  id!: number;
  userId!: number;
  /** The competence of a positioning test (null for a campaign's test). */
  competenceId?: string | null;
  /** The participation of a campaign's test (null for a positioning test). */
  campaignParticipationId?: number | null;
  type!: AssessmentType;
  state: AssessmentStateValue = 'STARTED';
  /** The challenge shown until it is answered: a reload never draws another one. */
  currentChallengeId?: string | null;
  /** When the current challenge was first sent to the learner: the server's clock for a timed challenge (null until sent). */
  currentChallengeServedAt?: Date | null;
  locale: string = 'fr';
  /** "Retenter": earlier failures are forgotten (asked again), successes kept. */
  isRetry: boolean = false;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
  completedAt?: Date | null;
}

export const AssessmentSchema = new EntitySchema<AssessmentEntity>({
  class: AssessmentEntity,
  tableName: 'assessments',
  indexes: [{ properties: ['userId', 'competenceId'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    userId: { type: 'integer' },
    competenceId: { type: 'string', length: 32, nullable: true },
    campaignParticipationId: { type: 'integer', nullable: true },
    type: { type: 'string', length: 32 },
    state: { type: 'string', length: 16, default: 'STARTED' },
    currentChallengeId: { type: 'string', length: 64, nullable: true },
    currentChallengeServedAt: { type: 'datetime', nullable: true },
    locale: { type: 'string', length: 5, default: 'fr' },
    isRetry: { type: 'boolean', default: false },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
    completedAt: { type: 'datetime', nullable: true },
  },
});

/** One answer to one challenge; the idempotency key makes a retried submission store nothing more. */
export class AnswerEntity {
  [OptionalProps]?: 'createdAt';
  id!: number;
  assessmentId!: number;
  challengeId!: string;
  value!: string;
  result!: string;
  timeSpentSeconds?: number | null;
  idempotencyKey!: string;
  createdAt: Date = new Date();
}

export const AnswerSchema = new EntitySchema<AnswerEntity>({
  class: AnswerEntity,
  tableName: 'answers',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    assessmentId: { type: 'integer' },
    challengeId: { type: 'string', length: 64 },
    value: { type: 'text' },
    result: { type: 'string', length: 16 },
    timeSpentSeconds: { type: 'integer', nullable: true },
    idempotencyKey: { type: 'string', length: 64 },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});

/** "Enregistrer": the tutorials a learner keeps for later ("Mes tutos"). */
export class SavedTutorialEntity {
  [OptionalProps]?: 'createdAt';
  userId!: number;
  tutorialId!: string;
  createdAt: Date = new Date();
}

/** "Tuto utile". */
export class LikedTutorialEntity {
  [OptionalProps]?: 'createdAt';
  userId!: number;
  tutorialId!: string;
  createdAt: Date = new Date();
}

const preferenceProperties = {
  userId: { type: 'integer', primary: true },
  tutorialId: { type: 'string', length: 96, primary: true },
  createdAt: { type: 'datetime', defaultRaw: 'now()' },
} as const;

export const SavedTutorialSchema = new EntitySchema<SavedTutorialEntity>({
  class: SavedTutorialEntity,
  tableName: 'saved_tutorials',
  properties: preferenceProperties,
});
export const LikedTutorialSchema = new EntitySchema<LikedTutorialEntity>({
  class: LikedTutorialEntity,
  tableName: 'liked_tutorials',
  properties: preferenceProperties,
});

export const evaluationSchemas = [AssessmentSchema, AnswerSchema, SavedTutorialSchema, LikedTutorialSchema];
