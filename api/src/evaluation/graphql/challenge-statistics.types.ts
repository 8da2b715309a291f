import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../shared/graphql/pagination';
import type { DifficultyFlagCode } from '../domain/challenge-difficulty';

export const DifficultyFlagCodeValue = { NON_MONOTONIC: 'NON_MONOTONIC', HARDER_THAN_DECLARED: 'HARDER_THAN_DECLARED', EASIER_THAN_DECLARED: 'EASIER_THAN_DECLARED' } as const;
registerEnumType(DifficultyFlagCodeValue, { name: 'DifficultyFlagCode', description: "Why a challenge's measured difficulty is flagged." });

@ObjectType('LevelSuccess', { simpleResolvers: true, description: "The answers of learners of one estimated level on a challenge." })
export class LevelSuccessView {
  @Field(() => Int, { description: "The learners' estimated level (0 to 6)." }) level!: number;
  @Field(() => Int) answers!: number;
  @Field(() => Int) successes!: number;
  @Field(() => Float, { description: 'successes / answers, 0 to 1.' }) successRate!: number;
  @Field(() => Boolean, { description: 'Enough answers to be compared with the other levels.' }) significant!: boolean;
}

@ObjectType('DifficultyFlag', { simpleResolvers: true })
export class DifficultyFlagView {
  @Field(() => DifficultyFlagCodeValue) code!: DifficultyFlagCode;
  @Field(() => String, { description: 'Why, in the reader’s language, with the figures.' }) reason!: string;
}

@ObjectType('ChallengeStatistics', { simpleResolvers: true, description: "A challenge's measured difficulty, from its recorded answers (refreshed in the background)." })
export class ChallengeStatisticsView {
  @Field(() => ID, { description: 'The opaque id of the challenge (what contentChallenge and the content pages take).' }) id!: string;
  @Field(() => String, { description: 'The readable reference of the content files.' }) reference!: string;
  @Field(() => String, { description: "The skill's name (@tubeN)." }) skillName!: string;
  @Field(() => ID) competenceId!: string;
  @Field(() => String) competenceCode!: string;
  @Field(() => String) competenceName!: string;
  @Field(() => Int, { description: "The skill's level in the content." }) declaredLevel!: number;
  @Field(() => Int, { nullable: true, description: 'The lowest estimated level whose learners succeed half the time (null: none).' }) measuredLevel!: number | null;
  @Field(() => Int) answers!: number;
  @Field(() => Float, { description: 'Successes / answers over every level, 0 to 1.' }) successRate!: number;
  @Field(() => Float, { description: 'Skipped answers / answers, 0 to 1.' }) skipRate!: number;
  @Field(() => Int, { nullable: true, description: 'Median time spent, in seconds (600: ten minutes or more).' }) medianTimeSeconds!: number | null;
  @Field(() => [LevelSuccessView]) successByLevel!: LevelSuccessView[];
  @Field(() => [DifficultyFlagView]) flags!: DifficultyFlagView[];
}

@ObjectType()
export class ChallengeStatisticsConnection extends Connection(ChallengeStatisticsView, 'ChallengeStatistics') {
  @Field(() => Date, { nullable: true, description: 'When the figures were last refreshed (null: never).' }) refreshedAt!: Date | null;
}

@InputType()
export class ChallengeStatisticsFilterInput {
  @Field(() => Boolean, { nullable: true, description: 'Only flagged challenges.' }) flaggedOnly?: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Only the challenges of this competence (its id, e.g. "1.1").' }) competenceId?: string | null;
}

@ArgsType()
export class ChallengeStatisticsArgs extends ConnectionArgs {
  @Field(() => ChallengeStatisticsFilterInput, { nullable: true }) filter?: ChallengeStatisticsFilterInput | null;
}
