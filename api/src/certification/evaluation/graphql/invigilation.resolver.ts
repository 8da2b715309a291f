import { Arg, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { LoggedIn, Public } from '../../../graphql/access';
import { finalizeSession } from '../application/finalize-session.usecase';
import {
  authorizeCandidate,
  endCandidateTest,
  resolveChallengeProblem,
  supervisedSession,
  superviseSession,
} from '../application/invigilation.usecase';
import type { SessionCaller } from '../application/invigilator-access';
import { sessionActivityOf } from '../application/session-activity-feed';
import type { SessionActivity } from '../application/session-activity';
import { toLiveCandidateView, toReportView, toSupervisedSessionView } from './certification.mappers';
import { ChallengeProblemReportView, ResolveChallengeProblemInput } from './certification-course.types';
import {
  FinalizeSessionInput,
  InvigilatorSessionView,
  LiveCandidateView,
  SessionActivityView,
  SessionFinalizationView,
  SuperviseSessionInput,
  SupervisedSessionView,
} from './invigilation.types';
import { idOf } from './ids';
import { repositoriesOf } from './repositories-of';

const callerOf = (ctx: GraphQLContext): SessionCaller => ({ bearer: ctx.bearer ?? null, userId: ctx.viewer?.userId ?? null });

/**
 * The invigilator's side (a token for one session, no account needed) and the centre's (its members):
 * the live list, letting candidates in, ending a test, answering problem reports, finalising.
 */
@Resolver()
export class InvigilationResolver {
  @Public()
  @Mutation(() => InvigilatorSessionView, { description: "Opens a session's supervision with its number and invigilator password (throttled): a token for that session only." })
  async superviseSession(@Arg('input', () => SuperviseSessionInput) input: SuperviseSessionInput, @Ctx() ctx: GraphQLContext): Promise<InvigilatorSessionView> {
    const outcome = await superviseSession(repositoriesOf(ctx), ctx.services.certification, { sessionNumber: input.sessionNumber, invigilatorPassword: input.invigilatorPassword, address: ctx.address });
    const live = await supervisedSession(repositoriesOf(ctx), ctx.services.certification, { sessionId: outcome.session.id, caller: { bearer: outcome.accessToken, userId: null } });
    return Object.assign(new InvigilatorSessionView(), {
      accessToken: outcome.accessToken,
      expiresAt: outcome.expiresAt,
      session: toSupervisedSessionView(live.session, live.candidates, ctx.clock.now()),
    });
  }

  @Public()
  @Query(() => SupervisedSessionView, { description: "The live list of a session's candidates: its invigilator's token, or a member of its centre. Poll it, or follow sessionActivity." })
  async supervisedSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext): Promise<SupervisedSessionView> {
    const live = await supervisedSession(repositoriesOf(ctx), ctx.services.certification, { sessionId: idOf(sessionId, 'sessionId'), caller: callerOf(ctx) });
    return toSupervisedSessionView(live.session, live.candidates, ctx.clock.now());
  }

  @Public()
  @Mutation(() => LiveCandidateView, { description: 'Lets a candidate who joined start (the clock starts) or resume.' })
  async authorizeCandidate(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: GraphQLContext): Promise<LiveCandidateView> {
    const live = await authorizeCandidate(repositoriesOf(ctx), ctx.services.certification, { candidateId: idOf(candidateId, 'candidateId'), caller: callerOf(ctx) });
    return toLiveCandidateView(live, ctx.clock.now());
  }

  @Public()
  @Mutation(() => LiveCandidateView, { description: "Ends a candidate's test (ENDED_BY_INVIGILATOR)." })
  async endCandidateTest(@Arg('candidateId', () => ID) candidateId: string, @Ctx() ctx: GraphQLContext): Promise<LiveCandidateView> {
    const live = await endCandidateTest(repositoriesOf(ctx), ctx.services.certification, { candidateId: idOf(candidateId, 'candidateId'), caller: callerOf(ctx) });
    return toLiveCandidateView(live, ctx.clock.now());
  }

  @Public()
  @Mutation(() => ChallengeProblemReportView, { description: 'Accepts (the question is neutralised, the candidate goes on) or refuses (they answer it) a problem report.' })
  async resolveChallengeProblem(@Arg('input', () => ResolveChallengeProblemInput) input: ResolveChallengeProblemInput, @Ctx() ctx: GraphQLContext): Promise<ChallengeProblemReportView> {
    const report = await resolveChallengeProblem(repositoriesOf(ctx), ctx.services.certification, { reportId: idOf(input.reportId, 'reportId'), accepted: input.accepted, caller: callerOf(ctx) });
    return toReportView(report);
  }

  @LoggedIn()
  @Mutation(() => SessionFinalizationView, {
    description: 'A member of the centre finalises the session, once, after it took place: running tests end, incidents are stored and neutralise questions by the rule.',
  })
  async finalizeSession(@Arg('input', () => FinalizeSessionInput) input: FinalizeSessionInput, @Ctx() ctx: GraphQLContext): Promise<SessionFinalizationView> {
    const outcome = await finalizeSession(repositoriesOf(ctx), ctx.services.certification, {
      userId: ctx.viewer!.userId,
      sessionId: idOf(input.sessionId, 'sessionId'),
      comment: input.comment ?? '',
      candidates: input.candidates.map((c) => ({
        candidateId: idOf(c.candidateId, 'candidateId'),
        endScreenSeen: c.endScreenSeen,
        incidents: c.incidents.map((i) => ({ code: i.code, questionNumber: i.questionNumber ?? null, comment: i.comment ?? '' })),
      })),
    });
    return Object.assign(new SessionFinalizationView(), { ...outcome, sessionId: String(outcome.sessionId) });
  }

  @Public()
  @Subscription(() => SessionActivityView, {
    description: "Every change of a candidate of the session, over WebSocket (graphql-ws at /graphql): the session's invigilator token (connectionParams.authorization) or a member of its centre.",
    subscribe: ({ args, context }) => sessionActivityOf(repositoriesOf(context as GraphQLContext), (context as GraphQLContext).services.certification, {
      sessionId: idOf(String(args.sessionId), 'sessionId'),
      caller: callerOf(context as GraphQLContext),
    }),
  })
  sessionActivity(@Arg('sessionId', () => ID) _sessionId: string, @Root() activity: SessionActivity): SessionActivityView {
    return Object.assign(new SessionActivityView(), {
      sessionId: String(activity.sessionId),
      candidateId: activity.candidateId === null ? null : String(activity.candidateId),
      kind: activity.kind,
      at: new Date(activity.at),
    });
  }
}
