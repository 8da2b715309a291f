import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { CompetenceEvaluationState, CompetenceProfile, LearnerProfile } from '../domain/profile';

export enum CompetenceEvaluationStatus {
  NOT_STARTED = 'NOT_STARTED',
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(CompetenceEvaluationStatus, { name: 'CompetenceEvaluationStatus' });

/** The domain's objects (learnerProfileOf) are served as they are: these classes only declare the schema. */
@ObjectType('CompetenceProfile', { simpleResolvers: true })
export class CompetenceProfileType implements CompetenceProfile {
  /** Internal: `competence` is declared in api/src/graphql (a content type). */
  competenceId!: string;

  @Field(() => Int, { description: 'Level reached, 0 to maxLevel.' })
  level!: number;

  @Field(() => Int)
  pixScore!: number;

  @Field(() => Int, { description: 'Pix still needed to reach the next level (0 at the maximum level).' })
  pixToNextLevel!: number;

  @Field(() => Int)
  maxLevel!: number;

  @Field(() => CompetenceEvaluationStatus)
  status!: CompetenceEvaluationState;

  @Field(() => ID, { nullable: true, description: 'The test in progress (to resume) or the last one.' })
  assessmentId!: number | null;

  @Field(() => Boolean, { description: '"Retenter" is available now.' })
  canRetry!: boolean;

  @Field(() => Int, { nullable: true })
  retryAvailableInDays!: number | null;

  @Field(() => Boolean, { description: '"Remettre à zéro" is available now.' })
  canReset!: boolean;

  @Field(() => Int, { nullable: true, description: '"Remise à zéro disponible dans N jours".' })
  resetAvailableInDays!: number | null;
}

@ObjectType('Profile', { simpleResolvers: true })
export class ProfileType implements LearnerProfile {
  @Field(() => Int, { description: 'Total pix over the 16 competences.' })
  pixScore!: number;

  @Field(() => Int)
  maxPixScore!: number;

  @Field(() => [CompetenceProfileType])
  competences!: CompetenceProfileType[];

  @Field(() => Boolean, { description: 'At least 5 competences at level 1 or more (domain.md §2).' })
  isCertifiable!: boolean;

  @Field(() => Int)
  certifiableCompetencesCount!: number;

  @Field(() => Int)
  requiredCertifiableCompetencesCount!: number;
}
