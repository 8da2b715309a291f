import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ChallengeView, TutorialView } from './challenge.types';

export enum AssessmentStateValue {
  STARTED = 'STARTED',
  COMPLETED = 'COMPLETED',
}
export enum ChallengeResultValue {
  OK = 'OK',
  KO = 'KO',
  SKIPPED = 'SKIPPED',
  TIMED_OUT = 'TIMED_OUT',
  FOCUSED_OUT = 'FOCUSED_OUT',
  /** A certification's answer: its result is never shown to the candidate. */
  HIDDEN = 'HIDDEN',
}
export enum AssessmentTypeValue {
  COMPETENCE_EVALUATION = 'COMPETENCE_EVALUATION',
  CAMPAIGN = 'CAMPAIGN',
  CERTIFICATION = 'CERTIFICATION',
}
registerEnumType(AssessmentStateValue, { name: 'AssessmentState' });
registerEnumType(AssessmentTypeValue, {
  name: 'AssessmentType',
  valuesConfig: {
    COMPETENCE_EVALUATION: { description: 'The positioning test of one competence.' },
    CAMPAIGN: { description: "A campaign's test over the skills of its parcours." },
    CERTIFICATION: { description: 'A certification test: the questions chosen when the candidate joined, no checkpoint, no result shown.' },
  },
});
registerEnumType(ChallengeResultValue, {
  name: 'ChallengeResult',
  valuesConfig: { HIDDEN: { description: "A certification's answer: right or wrong is never shown to the candidate." } },
});

export const toResultValue = (result: string) => result.toUpperCase().replace('-', '_') as ChallengeResultValue;

@ObjectType('Answer', { simpleResolvers: true })
export class AnswerView {
  @Field(() => ID) id!: string;
  @Field(() => ChallengeResultValue) result!: ChallengeResultValue;
  @Field(() => String) value!: string;
  @Field(() => ChallengeView) challenge!: ChallengeView;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('CheckpointAnswer', { simpleResolvers: true, description: "One answer of a checkpoint ('Bilan intermédiaire')." })
export class CheckpointAnswerView {
  @Field(() => AnswerView) answer!: AnswerView;
  @Field(() => ChallengeView) challenge!: ChallengeView;
  @Field(() => String, { description: "The learner's answer as readable text." }) yourAnswer!: string;
  @Field(() => String, { description: 'The expected answer as readable text.' }) expectedAnswer!: string;
  @Field(() => [TutorialView], { description: '"Comprendre".' }) tutorials!: TutorialView[];
  @Field(() => [TutorialView], { description: '"En savoir plus".' }) learnMoreTutorials!: TutorialView[];
}

@ObjectType('Checkpoint', { simpleResolvers: true })
export class CheckpointView {
  @Field(() => [CheckpointAnswerView]) answers!: CheckpointAnswerView[];
  @Field(() => Boolean, { description: 'The checkpoint at the end of the test.' }) isFinal!: boolean;
}

@ObjectType('Assessment')
export class AssessmentView {
  @Field(() => ID) id!: string;
  @Field(() => AssessmentTypeValue) type!: AssessmentTypeValue;
  @Field(() => AssessmentStateValue) state!: AssessmentStateValue;
  /** Internal, for field resolvers. */
  assessmentId!: number;
  userId!: number;
  competenceId!: string | null;
  campaignParticipationId!: number | null;
  currentChallengeId!: string | null;
  /** When the current challenge was first sent to its learner (null until then). */
  currentChallengeServedAt!: Date | null;
  /** The current challenge had been sent when this request loaded the test (serving it later in the request changes nothing). */
  currentChallengeServedAtLoad!: boolean;
  /** The progress when the use case already computed it (an answer). */
  knownProgress?: number | null;
  /** The number of answers when the use case already holds them (an answer). */
  knownAnsweredCount?: number;
}

@ObjectType('AnswerResult', { simpleResolvers: true })
export class AnswerResultView {
  @Field(() => AnswerView) answer!: AnswerView;
  @Field(() => AssessmentView) assessment!: AssessmentView;
  @Field(() => ChallengeView, {
    nullable: true,
    description:
      "Null when the test has ended, and after a checkpoint: then ask for the assessment's currentChallenge when the learner goes on (a timed challenge's clock starts when it is sent).",
  })
  nextChallenge!: ChallengeView | null;
  @Field(() => CheckpointView, { nullable: true, description: 'After every 5th answer and at the end: show it before nextChallenge.' })
  checkpoint!: CheckpointView | null;
}

@InputType()
export class AnswerChallengeInput {
  @Field(() => ID) assessmentId!: string;
  @Field(() => ID, { description: 'The id of the challenge as the API showed it (Challenge.id).' }) challengeId!: string;
  @Field(() => String, { description: 'Answer syntax of domain.md; "#ABAND#" to skip ("Je passe").' }) value!: string;
  @Field(() => String, { description: 'Made by the client: a retried submission returns the same result.' }) idempotencyKey!: string;
  @Field(() => Int, { nullable: true, deprecationReason: 'Ignored: the server measures the time from the moment it sent the challenge.' })
  timeSpentSeconds?: number;
}
