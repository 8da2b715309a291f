import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { certificationOf } from '../../certification/evaluation/graphql/assessment-certification';
import { toCourseView } from '../../certification/evaluation/graphql/certification.mappers';
import { CertificationCourseView, CertificationProgressView } from '../../certification/evaluation/graphql/certification-course.types';
import { assessmentsByIds } from '../../evaluation';
import { toAssessmentView } from '../../evaluation/graphql/assessment.mappers';
import { AssessmentTypeValue, AssessmentView } from '../../evaluation/graphql/assessment.types';
import { timeLeftSeconds } from '../../certification/evaluation/graphql/clock';
import type { GraphQLContext } from '../context';

/** A certification test's assessment and its course, joined (the candidate only). */
@Resolver(() => CertificationCourseView)
export class CertificationCourseFieldsResolver {
  @FieldResolver(() => AssessmentView, { description: 'The test to answer (answerChallenge, assessment(id)).' })
  async assessment(@Root() course: CertificationCourseView, @Ctx() ctx: GraphQLContext): Promise<AssessmentView> {
    const [row] = await assessmentsByIds(ctx.em, [course.assessmentId]);
    return toAssessmentView(row);
  }
}

@Resolver(() => AssessmentView)
export class AssessmentCertificationFieldsResolver {
  private certification(assessment: AssessmentView, ctx: GraphQLContext) {
    if (assessment.type !== AssessmentTypeValue.CERTIFICATION) return Promise.resolve(null);
    return certificationOf(ctx, { assessmentId: assessment.assessmentId, currentChallengeId: assessment.currentChallengeId });
  }

  @FieldResolver(() => CertificationCourseView, { nullable: true, description: 'A certification test: its course (null for other tests).' })
  async certificationCourse(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<CertificationCourseView | null> {
    const found = await this.certification(assessment, ctx);
    return found ? toCourseView(found.course, ctx.clock.now()) : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: "A certification test: when its time is over (server time); null until the invigilator's first authorisation and for other tests." })
  async endsAt(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await this.certification(assessment, ctx))?.course.endsAt ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: "A certification test: seconds left by the server's clock (0 once ended); null for other tests or before the clock starts." })
  async timeLeftSeconds(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    const found = await this.certification(assessment, ctx);
    if (!found) return null;
    return found.course.state === 'ENDED' ? 0 : timeLeftSeconds(found.course.endsAt, ctx.clock.now());
  }

  @FieldResolver(() => CertificationProgressView, { nullable: true, description: 'A certification test: "Question n sur N".' })
  async certificationProgress(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<CertificationProgressView | null> {
    const found = await this.certification(assessment, ctx);
    return found ? Object.assign(new CertificationProgressView(), { questionNumber: found.questionNumber, numberOfQuestions: found.numberOfQuestions }) : null;
  }
}
