import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn } from '../../graphql/access';
import { BadUserInputError } from '../../shared/domain/errors';
import { answerChallenge, type AnswerDependencies } from '../application/answer-challenge.usecase';
import { evaluationRepositories } from '../application/evaluation-repositories';
import { getAssessment } from '../application/get-assessment.usecase';
import { measureCampaignTestProgress } from '../application/measure-campaign-test-progress.usecase';
import { startCompetenceEvaluation } from '../application/start-competence-evaluation.usecase';
import { resetCompetence, retryCompetence } from '../application/retry-or-reset-competence.usecase';
import { serveCurrentChallenge } from '../application/serve-current-challenge.usecase';
import { answeredAtLastCheckpoint, isCheckpoint, isCheckpointPending } from '../domain/competence-evaluation-rules';
import {
  AnswerChallengeInput,
  AnswerResultView,
  AnswerView,
  AssessmentStateValue,
  AssessmentTypeValue,
  AssessmentView,
  CheckpointView,
} from './assessment.types';
import { ChallengeView } from './challenge.types';
import { toAnswerView, toAssessmentView, toCheckpointView } from './assessment.mappers';

const dependencies = (ctx: GraphQLContext): AnswerDependencies => ({
  content: ctx.services.content.get(),
  clock: ctx.clock,
  certificationTests: ctx.services.certificationTests,
});

/** The repositories of this call, on the request's unit of work (its entity manager made only if needed; the services are the ports). */
const repositories = (ctx: GraphQLContext) => evaluationRepositories(ctx, ctx.services);

const isCertification = (assessment: { type: string }) => assessment.type === AssessmentTypeValue.CERTIFICATION;

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

@Resolver(() => AssessmentView)
export class AssessmentResolver {
  @LoggedIn()
  @Query(() => AssessmentView, { nullable: true, description: "One of the viewer's tests: a positioning test, a campaign's test or a certification test." })
  async assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<AssessmentView> {
    return toAssessmentView(await getAssessment(repositories(ctx), { viewerUserId: ctx.viewer!.userId, assessmentId: idOf(id, 'id') }));
  }

  @LoggedIn()
  @Mutation(() => AssessmentView, { description: 'Starts the positioning test of a competence, or returns the one in progress.' })
  async startCompetenceEvaluation(@Arg('competenceId', () => ID) competenceId: string, @Ctx() ctx: GraphQLContext): Promise<AssessmentView> {
    const row = await startCompetenceEvaluation(repositories(ctx), dependencies(ctx), { userId: ctx.viewer!.userId, competenceId, locale: ctx.locale });
    return toAssessmentView(row);
  }

  @LoggedIn()
  @Mutation(() => AssessmentView, { description: '"Retenter": a new test where earlier failures are asked again.' })
  async retryCompetence(@Arg('competenceId', () => ID) competenceId: string, @Ctx() ctx: GraphQLContext): Promise<AssessmentView> {
    return toAssessmentView(await retryCompetence(repositories(ctx), dependencies(ctx), { userId: ctx.viewer!.userId, competenceId, locale: ctx.locale }));
  }

  @LoggedIn()
  @Mutation(() => AssessmentView, { description: '"Remettre à zéro": the level goes back to 0 and a new test starts.' })
  async resetCompetence(@Arg('competenceId', () => ID) competenceId: string, @Ctx() ctx: GraphQLContext): Promise<AssessmentView> {
    return toAssessmentView(await resetCompetence(repositories(ctx), dependencies(ctx), { userId: ctx.viewer!.userId, competenceId, locale: ctx.locale }));
  }

  @LoggedIn()
  @Mutation(() => AnswerResultView, {
    description: "Answers the current challenge of a test (idempotent by idempotencyKey). The end of a campaign's test makes its participation TO_SHARE.",
  })
  async answerChallenge(@Arg('input', () => AnswerChallengeInput) input: AnswerChallengeInput, @Ctx() ctx: GraphQLContext): Promise<AnswerResultView> {
    const content = ctx.services.content.get();
    const outcome = await answerChallenge(repositories(ctx), dependencies(ctx), {
      userId: ctx.viewer!.userId,
      assessmentId: idOf(input.assessmentId, 'assessmentId'),
      challengeId: input.challengeId,
      value: input.value,
      idempotencyKey: input.idempotencyKey,
    });
    const completed = outcome.assessment.state === 'COMPLETED';
    // Sent with the answer only when its clock started (no checkpoint to read first).
    const { currentChallengeId, currentChallengeServedAt } = outcome.assessment;
    const next = currentChallengeId && currentChallengeServedAt ? content.challenge(currentChallengeId) : undefined;
    return Object.assign(new AnswerResultView(), {
      answer: toAnswerView(outcome.answer, content, ctx.locale, isCertification(outcome.assessment)),
      assessment: toAssessmentView(outcome.assessment, outcome.progress, outcome.answers.length),
      nextChallenge: next ? ChallengeView.from(next, ctx.locale) : null,
      checkpoint: outcome.checkpoint
        ? toCheckpointView(outcome.answers, completed, content, ctx.locale, await ctx.loaders.evaluation.tutorialPreferences.load(ctx.viewer!.userId))
        : null,
    });
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "A campaign's test: the share of its skills settled so far, in % (100 once ended), for a progress bar; null for a positioning test.",
  })
  async progress(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    if (assessment.knownProgress !== undefined && assessment.knownProgress !== null) return assessment.knownProgress;
    if (assessment.type !== AssessmentTypeValue.CAMPAIGN) return null;
    if (assessment.state === AssessmentStateValue.COMPLETED) return 100;
    const context = await ctx.loaders.evaluation.answerContext.load(assessment.assessmentId);
    return context ? measureCampaignTestProgress(ctx.services.content.get(), context) : null;
  }

  @FieldResolver(() => ChallengeView, {
    nullable: true,
    description: "The same until answered (reload-safe); null once completed. Sending it starts a timed challenge's clock (the first time).",
  })
  async currentChallenge(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<ChallengeView | null> {
    const challenge = await serveCurrentChallenge(repositories(ctx), dependencies(ctx), {
      viewerUserId: ctx.viewer?.userId ?? null,
      test: assessment,
    });
    return challenge ? ChallengeView.from(challenge, ctx.locale) : null;
  }

  @FieldResolver(() => [AnswerView])
  async answers(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<AnswerView[]> {
    const rows = await ctx.loaders.evaluation.answersByAssessment.load(assessment.assessmentId);
    return rows.map((row) => toAnswerView(row, ctx.services.content.get(), ctx.locale, isCertification(assessment)));
  }

  @FieldResolver(() => Int)
  async answeredCount(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<number> {
    // An answer's result: the use case holds the test's answers already.
    if (assessment.knownAnsweredCount !== undefined) return assessment.knownAnsweredCount;
    return (await ctx.loaders.evaluation.answersByAssessment.load(assessment.assessmentId)).length;
  }

  @FieldResolver(() => CheckpointView, {
    nullable: true,
    description:
      "The checkpoint the learner has not gone past yet (a reload shows it again): after every 5th answer until the current challenge is read, and the final one once the test has ended; null otherwise. Do not ask for currentChallenge in the same request: reading it is going on.",
  })
  async pendingCheckpoint(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<CheckpointView | null> {
    if (isCertification(assessment)) return null;
    const rows = await ctx.loaders.evaluation.answersByAssessment.load(assessment.assessmentId);
    const ended = assessment.state === AssessmentStateValue.COMPLETED;
    if (!isCheckpointPending({ answeredCount: rows.length, ended, currentChallengeServed: assessment.currentChallengeServedAtLoad })) return null;
    const preferences = await ctx.loaders.evaluation.tutorialPreferences.load(assessment.userId);
    return toCheckpointView(rows, ended, ctx.services.content.get(), ctx.locale, preferences);
  }

  @FieldResolver(() => CheckpointView, { nullable: true, description: 'The answers since the previous checkpoint, once there is one.' })
  async lastCheckpoint(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<CheckpointView | null> {
    if (isCertification(assessment)) return null;
    const rows = await ctx.loaders.evaluation.answersByAssessment.load(assessment.assessmentId);
    const completed = assessment.state === 'COMPLETED';
    if (!rows.length) return null;
    const answered = completed || isCheckpoint(rows.length, false) ? rows : rows.slice(0, answeredAtLastCheckpoint(rows.length));
    if (!answered.length) return null;
    const preferences = await ctx.loaders.evaluation.tutorialPreferences.load(assessment.userId);
    return toCheckpointView(answered, completed, ctx.services.content.get(), ctx.locale, preferences);
  }
}
