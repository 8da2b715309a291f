import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { LoggedIn } from '../../../graphql/access';
import {
  currentCertificationCourse,
  getCertificationCourse,
  lastProblemReportOf,
  markCertificationEndScreenSeen,
  reportChallengeProblem,
} from '../application/candidate-course.usecase';
import { joinCertificationSession } from '../application/join-certification-session.usecase';
import { toCourseView, toReportView } from './certification.mappers';
import {
  CertificationCourseView,
  ChallengeProblemReportView,
  JoinCertificationSessionInput,
  ReportChallengeProblemInput,
} from './certification-course.types';
import { idOf } from './ids';
import { repositoriesOf } from './repositories-of';

/** The candidate's side of a certification: joining, their test, the end screen, reporting a problem. */
@Resolver(() => CertificationCourseView)
export class CertificationCourseResolver {
  @LoggedIn()
  @Mutation(() => CertificationCourseView, {
    description:
      'Joins a certification session as one of its candidates (session number, identity, access code): the test is built from the profile now and waits for the invigilator. Joining again resumes a test in progress (a new authorisation is needed).',
  })
  async joinCertificationSession(@Arg('input', () => JoinCertificationSessionInput) input: JoinCertificationSessionInput, @Ctx() ctx: GraphQLContext): Promise<CertificationCourseView> {
    const course = await joinCertificationSession(repositoriesOf(ctx), ctx.services.certification, {
      userId: ctx.viewer!.userId,
      sessionNumber: input.sessionNumber,
      firstName: input.firstName,
      lastName: input.lastName,
      birthdate: input.birthdate,
      accessCode: input.accessCode,
      locale: ctx.locale,
      address: ctx.address,
    });
    return toCourseView(await getCertificationCourse(repositoriesOf(ctx), { userId: ctx.viewer!.userId, courseId: course.id }), ctx.clock.now());
  }

  @LoggedIn()
  @Query(() => CertificationCourseView, { description: "One of the viewer's certification tests." })
  async certificationCourse(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CertificationCourseView> {
    return toCourseView(await getCertificationCourse(repositoriesOf(ctx), { userId: ctx.viewer!.userId, courseId: idOf(id, 'id') }), ctx.clock.now());
  }

  @LoggedIn()
  @Query(() => CertificationCourseView, { nullable: true, description: "The viewer's certification test in progress, to resume it (null when none)." })
  async currentCertificationCourse(@Ctx() ctx: GraphQLContext): Promise<CertificationCourseView | null> {
    const course = await currentCertificationCourse(repositoriesOf(ctx), { userId: ctx.viewer!.userId });
    return course ? toCourseView(course, ctx.clock.now()) : null;
  }

  @LoggedIn()
  @Mutation(() => CertificationCourseView, { description: 'The candidate saw the end screen of their ended test (the invigilator sees it).' })
  async markCertificationEndScreenSeen(@Arg('courseId', () => ID) courseId: string, @Ctx() ctx: GraphQLContext): Promise<CertificationCourseView> {
    const course = await markCertificationEndScreenSeen(repositoriesOf(ctx), ctx.services.certification, { userId: ctx.viewer!.userId, courseId: idOf(courseId, 'courseId') });
    return toCourseView(course, ctx.clock.now());
  }

  @FieldResolver(() => ChallengeProblemReportView, {
    nullable: true,
    description: "The candidate's last problem report and the invigilator's answer (PENDING, then ACCEPTED or REFUSED); null when none.",
  })
  async lastProblemReport(@Root() course: CertificationCourseView, @Ctx() ctx: GraphQLContext): Promise<ChallengeProblemReportView | null> {
    const report = await lastProblemReportOf(repositoriesOf(ctx), { courseId: idOf(course.id, 'id') });
    return report ? toReportView(report) : null;
  }

  @LoggedIn()
  @Mutation(() => ChallengeProblemReportView, { description: 'Reports a problem with the current question of a certification test (E1–E7); the invigilator accepts or refuses it.' })
  async reportChallengeProblem(@Arg('input', () => ReportChallengeProblemInput) input: ReportChallengeProblemInput, @Ctx() ctx: GraphQLContext): Promise<ChallengeProblemReportView> {
    const report = await reportChallengeProblem(repositoriesOf(ctx), ctx.services.certification, {
      userId: ctx.viewer!.userId,
      assessmentId: idOf(input.assessmentId, 'assessmentId'),
      challengeId: input.challengeId,
      category: input.category,
    });
    return toReportView(report);
  }
}
