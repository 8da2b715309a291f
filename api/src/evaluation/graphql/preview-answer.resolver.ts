import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { previewAnswer, tryChallengeAnswer } from '../application/content-answers.usecase';
import type { AnswerExplanation } from '../domain/answer-checking';
import { ChallengeResultValue, toResultValue } from './assessment.types';
import { ChallengeTypeValue } from './challenge.types';
import { CONTENT_TYPES, ToleranceValue } from './content-challenge.types';

export enum MatchToleranceValue {
  EXACT = 'EXACT',
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
  NUMBER = 'NUMBER',
  OPTION = 'OPTION',
}
registerEnumType(MatchToleranceValue, {
  name: 'MatchTolerance',
  description: 'How an answer met a variant: the lightest tolerance it needed.',
  valuesConfig: {
    EXACT: { description: 'The same text (leading and trailing spaces aside).' },
    T1: { description: 'Thanks to T1 (spaces, case, accents).' },
    T2: { description: 'Thanks to T2 (punctuation).' },
    T3: { description: 'Thanks to T3 (edit distance).' },
    NUMBER: { description: 'A "nombre" field: the same number.' },
    OPTION: { description: 'A "select" field: the same option.' },
  },
});

export enum AnswerProblemValue {
  EMPTY = 'EMPTY',
  SKIPPED = 'SKIPPED',
  TOO_LONG = 'TOO_LONG',
  MALFORMED = 'MALFORMED',
  ONE_CHOICE_EXPECTED = 'ONE_CHOICE_EXPECTED',
  SAME_ANSWER_TWICE = 'SAME_ANSWER_TWICE',
}
registerEnumType(AnswerProblemValue, { name: 'AnswerProblem', description: 'Why a whole value was refused before its fields were compared.' });

export enum DetailReasonValue {
  GROUP_ALREADY_USED = 'GROUP_ALREADY_USED',
  SAME_ANSWER_AS_ANOTHER_FIELD = 'SAME_ANSWER_AS_ANOTHER_FIELD',
}
registerEnumType(DetailReasonValue, { name: 'AnswerDetailReason', description: 'QROCM-dep: why a field that matches a group is not counted.' });

@ObjectType('AnswerCheckDetail', { simpleResolvers: true, description: 'One field (or one proposal of a QCU/QCM): what was given, what was expected, what matched.' })
class AnswerCheckDetailView {
  @Field(() => String, { description: "The field's name; for a QCU/QCM the proposal's number." }) field!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
  @Field(() => String, { nullable: true, description: 'The text given; for a QCU/QCM the number when the proposal was chosen.' }) answer!: string | null;
  @Field(() => [String], { description: 'The accepted variants (QROCM-dep: of the group given to the field); QCU/QCM the number when expected.' })
  expected!: string[];
  @Field(() => Int, { nullable: true, description: 'QROCM-dep: the group (from 1) given to the field.' }) group!: number | null;
  @Field(() => Boolean) matched!: boolean;
  @Field(() => String, { nullable: true, description: 'The variant the answer matched.' }) variant!: string | null;
  @Field(() => MatchToleranceValue, { nullable: true }) tolerance!: MatchToleranceValue | null;
  @Field(() => DetailReasonValue, { nullable: true }) reason!: DetailReasonValue | null;
}

@ObjectType('PreviewAnswerResult', { simpleResolvers: true })
class PreviewAnswerResultView {
  @Field(() => ChallengeResultValue, { description: 'The verdict of the checker of real answers (the timer aside).' }) result!: ChallengeResultValue;
  @Field(() => [AnswerCheckDetailView]) details!: AnswerCheckDetailView[];
  @Field(() => AnswerProblemValue, { nullable: true }) problem!: AnswerProblemValue | null;

  static from(explanation: AnswerExplanation): PreviewAnswerResultView {
    return {
      result: toResultValue(explanation.result),
      details: explanation.details.map((d) => ({ ...d, tolerance: d.tolerance as MatchToleranceValue | null, reason: d.reason as DetailReasonValue | null })),
      problem: explanation.problem as AnswerProblemValue | null,
    };
  }
}

@InputType('PreviewAnswerInput')
class PreviewAnswerInput {
  @Field(() => ChallengeTypeValue) type!: ChallengeTypeValue;
  @Field(() => String, { description: 'Written exactly as in the content files (JSON): QCU "2", QCM "1,3", QROC ["variant", …], QROCM-ind {"field": [variants]}, QROCM-dep [[group], …].' })
  solution!: string;
  @Field(() => String, { nullable: true, description: 'The input fields as in the content files (JSON list of { name, label, format?, options? }).' })
  fields?: string | null;
  @Field(() => [ToleranceValue], { nullable: true, description: 'The tolerances turned off.' }) tolerancesOff?: ToleranceValue[] | null;
  @Field(() => String, { description: 'As the learner app sends it: "2", "1,3", a text, a QROCM JSON object.' }) value!: string;
}

/** The content team's tries (SUPER_ADMIN, METIER): the checker of real answers, explained; nothing is stored. */
@Resolver()
export class PreviewAnswerResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => PreviewAnswerResultView, { description: 'The answer sandbox: a value checked against a solution written as in the content files.' })
  previewAnswer(@Arg('input', () => PreviewAnswerInput) input: PreviewAnswerInput): PreviewAnswerResultView {
    return PreviewAnswerResultView.from(
      previewAnswer({ type: CONTENT_TYPES[input.type], solution: input.solution, fields: input.fields, tolerancesOff: input.tolerancesOff ?? [], value: input.value }),
    );
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.METIER)
  @Query(() => PreviewAnswerResultView, { description: '"Essayer": a value checked against a challenge of the release (its own solution and tolerances).' })
  tryChallengeAnswer(@Arg('challengeId', () => ID) challengeId: string, @Arg('value', () => String) value: string, @Ctx() ctx: GraphQLContext): PreviewAnswerResultView {
    return PreviewAnswerResultView.from(tryChallengeAnswer(ctx.services.content.get(), challengeId, value));
  }
}
