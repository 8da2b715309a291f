import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Staff } from '../access';
import type { GraphQLContext } from '../context';
import { PlatformRole } from '../../identity-access-management';
import { UserType } from '../../identity-access-management/graphql/user.type';
import { ChallengeView } from '../../evaluation/graphql/challenge.types';
import { getCertificationSession } from '../../certification/session-management';
import { CertificationSessionConnection, CertificationSessionView } from '../../certification/session-management/graphql/session-management.types';
import { idOf, toSessionView } from '../../certification/session-management/graphql/session-management.mappers';
import { assertJuryReader, assignSessionToMe, publishSession, resultsRepositories, sessionsToProcess, unpublishSession } from '../../certification/results';
import { JuryCertificationSummaryView, JuryCourseView, JuryIncidentView, JuryProblemReportView, JuryQuestionView, SessionsToProcessFilter } from '../../certification/results/graphql/jury.types';
import { toCertificationSummaryView, toIncidentView, toProblemReportView } from '../../certification/results/graphql/jury.mappers';
import { ConnectionArgs, pageWindow, toConnection } from '../../shared/graphql/pagination';

/**
 * The certification jury's side of sessions (docs/domain.md, "Certification › Results"): the list of
 * sessions to process and the session's actions answer session-management's CertificationSession type;
 * the jury's fields of a session (finalisation, assignment, publication, candidates' results, incidents,
 * problem reports) are answered by certification/results; a jury question shows the learner's Challenge.
 */
const { CERTIF, SUPER_ADMIN, SUPPORT } = PlatformRole;

async function sessionView(ctx: GraphQLContext, sessionId: number): Promise<CertificationSessionView> {
  const { session, center, role } = await getCertificationSession(ctx.em, ctx.viewer!, sessionId);
  return toSessionView(session, center, role, ctx.locale);
}

@Resolver()
export class CertificationJuryResolver {
  @Staff(CERTIF, SUPER_ADMIN, SUPPORT)
  @Query(() => CertificationSessionConnection, { description: '"Sessions à traiter": finalised sessions not published, the oldest finalisation first (the certification team and the support).' })
  async sessionsToProcess(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => SessionsToProcessFilter, { nullable: true }) filter: SessionsToProcessFilter | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { limit, offset } = pageWindow(args);
    const { rows, total } = await sessionsToProcess(resultsRepositories(ctx.em, ctx.services.results), ctx.viewer, {
      limit,
      offset,
      centerType: filter?.centerType ?? null,
      withIncidentsOrReports: filter?.withIncidentsOrReports ?? false,
      assignedToMe: filter?.assignedToMe ?? false,
    });
    return toConnection(
      rows.map((row) => toSessionView(row, row.center, null, ctx.locale)),
      total,
      offset,
    );
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => CertificationSessionView, { description: 'A member of the certification team takes a finalised session (IN_PROCESS).' })
  async assignSessionToMe(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext): Promise<CertificationSessionView> {
    const facts = await assignSessionToMe(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, idOf(sessionId, 'sessionId'));
    return sessionView(ctx, facts.sessionId);
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => CertificationSessionView, { description: "Publishes a finalised session's results (PROCESSED): each candidate is told by e-mail." })
  async publishSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext): Promise<CertificationSessionView> {
    const facts = await publishSession(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, idOf(sessionId, 'sessionId'));
    return sessionView(ctx, facts.sessionId);
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => CertificationSessionView, { description: "Withdraws a session's results (back to IN_PROCESS)." })
  async unpublishSession(@Arg('sessionId', () => ID) sessionId: string, @Ctx() ctx: GraphQLContext): Promise<CertificationSessionView> {
    const facts = await unpublishSession(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, idOf(sessionId, 'sessionId'));
    return sessionView(ctx, facts.sessionId);
  }
}

/** A session's jury fields: dates for whoever reads the session; the rest for the jury and the support only. */
@Resolver(() => CertificationSessionView)
export class CertificationSessionJuryFieldsResolver {
  private facts(ctx: GraphQLContext, session: CertificationSessionView) {
    return ctx.loaders.certificationResults.juryFactsBySession.load(session.sessionId);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When its centre finalised it.' })
  async finalizedAt(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await this.facts(ctx, session))?.finalizedAt ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The centre's comment at finalisation." })
  async finalizationComment(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await this.facts(ctx, session))?.finalizationComment ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When its results were published (null: not published).' })
  async publishedAt(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await this.facts(ctx, session))?.publishedAt ?? null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The member of the certification team who took it (the jury and the support).' })
  async assignedTo(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<UserType | null> {
    assertJuryReader(ctx.viewer);
    const userId = (await this.facts(ctx, session))?.assignedToUserId;
    const user = userId ? await ctx.loaders.iam.userById.load(userId) : undefined;
    return user ? UserType.from(user) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When it was taken (the jury and the support).' })
  async assignedAt(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    assertJuryReader(ctx.viewer);
    return (await this.facts(ctx, session))?.assignedAt ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'It has an incident or a problem report (the jury and the support).' })
  async hasIncidentsOrReports(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    assertJuryReader(ctx.viewer);
    const facts = await this.facts(ctx, session);
    return !!facts && facts.incidentCount + facts.problemReportCount > 0;
  }

  @FieldResolver(() => [JuryCertificationSummaryView], { description: "Its candidates with their certification's latest scoring (the jury and the support)." })
  async juryCertifications(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<JuryCertificationSummaryView[]> {
    assertJuryReader(ctx.viewer);
    return (await ctx.loaders.certificationResults.certificationsBySession.load(session.sessionId)).map(toCertificationSummaryView);
  }

  @FieldResolver(() => [JuryIncidentView], { description: 'Every incident of its incident report form (the jury and the support).' })
  async juryIncidents(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<JuryIncidentView[]> {
    assertJuryReader(ctx.viewer);
    return (await ctx.loaders.certificationResults.incidentsBySession.load(session.sessionId)).map(toIncidentView);
  }

  @FieldResolver(() => [JuryProblemReportView], { description: "Every problem reported by its candidates (the jury and the support)." })
  async juryProblemReports(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<JuryProblemReportView[]> {
    assertJuryReader(ctx.viewer);
    return (await ctx.loaders.certificationResults.problemReportsBySession.load(session.sessionId)).map(toProblemReportView);
  }
}

@Resolver(() => JuryCourseView)
export class JuryCourseSessionFieldsResolver {
  @FieldResolver(() => CertificationSessionView, { description: 'Its session (centre, date, state…).' })
  session(@Root() course: JuryCourseView, @Ctx() ctx: GraphQLContext): Promise<CertificationSessionView> {
    return sessionView(ctx, course.sessionIdValue);
  }
}

@Resolver(() => JuryQuestionView)
export class JuryQuestionChallengeFieldsResolver {
  @FieldResolver(() => ChallengeView, { nullable: true, description: 'The challenge as the candidate saw it (null: no longer in the content release).' })
  challenge(@Root() question: JuryQuestionView, @Ctx() ctx: GraphQLContext): ChallengeView | null {
    const challenge = ctx.services.content.get().challenge(question.challengeId);
    return challenge ? ChallengeView.from(challenge, ctx.locale) : null;
  }
}
