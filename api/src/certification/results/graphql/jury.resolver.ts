import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { Staff } from '../../../graphql/access';
import { PlatformRole } from '../../../identity-access-management';
import { BadUserInputError } from '../../../shared/domain/errors';
import { certificationForJury, type CertificationForJury } from '../application/certification-course-for-jury.usecase';
import {
  decideCertification,
  deneutralizeChallenge,
  neutralizeChallenge,
  updateCertificationCandidateInformation,
  updateJuryComments,
} from '../application/jury-actions.usecases';
import { resultsRepositories } from '../application/results-repositories';
import { toJuryCourseView } from './jury.mappers';
import {
  JuryActionView,
  JuryChallengeInput,
  JuryCourseView,
  JuryQuestionView,
  ScoringView,
  UpdateCertificationCandidateInformationInput,
  UpdateJuryCommentsInput,
} from './jury.types';

const { CERTIF, SUPER_ADMIN, SUPPORT } = PlatformRole;

export function courseIdOf(value: string, field = 'certificationCourseId'): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

const nameOf = async (ctx: GraphQLContext, userId: number | null) => {
  if (userId === null) return null;
  const user = await ctx.loaders.iam.userById.load(userId);
  return user ? `${user.firstName} ${user.lastName}` : null;
};

/** The jury's page of a certification and its actions (docs/domain.md, "Certification › Results"). */
@Resolver(() => JuryCourseView)
export class JuryCourseResolver {
  private view(ctx: GraphQLContext, read: CertificationForJury) {
    return toJuryCourseView(read, ctx.services.content.get());
  }

  @Staff(CERTIF, SUPER_ADMIN, SUPPORT)
  @Query(() => JuryCourseView, { description: 'A certification as the jury sees it: candidate, questions and answers, reports, incidents, latest scoring, history (the certification team and the support).' })
  async certificationCourseForJury(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await certificationForJury(resultsRepositories(ctx.em, ctx.services.results), ctx.viewer, courseIdOf(id, 'id')));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: 'The jury neutralises a question: scored again at once.' })
  async neutralizeChallenge(@Arg('input', () => JuryChallengeInput) input: JuryChallengeInput, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await neutralizeChallenge(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, { courseId: courseIdOf(input.certificationCourseId), challengeId: input.challengeId }));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: 'The jury counts a neutralised question again: scored again at once.' })
  async deneutralizeChallenge(@Arg('input', () => JuryChallengeInput) input: JuryChallengeInput, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await deneutralizeChallenge(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, { courseId: courseIdOf(input.certificationCourseId), challengeId: input.challengeId }));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: 'The jury cancels the certification (status CANCELLED).' })
  async cancelCertification(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await decideCertification(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, courseIdOf(id, 'id'), 'cancel'));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: "Undoes the jury's cancellation: scored again." })
  async uncancelCertification(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await decideCertification(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, courseIdOf(id, 'id'), 'uncancel'));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: 'The jury rejects the certification for fraud (status REJECTED, reason FRAUD, 0 pix).' })
  async rejectCertificationForFraud(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await decideCertification(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, courseIdOf(id, 'id'), 'reject'));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: 'Undoes the rejection for fraud: scored again.' })
  async unrejectCertification(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(ctx, await decideCertification(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, courseIdOf(id, 'id'), 'unreject'));
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: "The jury's comments for the candidate and for the organisation." })
  async updateJuryComments(@Arg('input', () => UpdateJuryCommentsInput) input: UpdateJuryCommentsInput, @Ctx() ctx: GraphQLContext): Promise<JuryCourseView> {
    return this.view(
      ctx,
      await updateJuryComments(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, {
        courseId: courseIdOf(input.certificationCourseId),
        commentForCandidate: input.commentForCandidate,
        commentForOrganization: input.commentForOrganization,
      }),
    );
  }

  @Staff(CERTIF, SUPER_ADMIN)
  @Mutation(() => JuryCourseView, { description: '"Modifier les informations du candidat": names, sex, birth date and place, extra time (incidents C1, C2).' })
  async updateCertificationCandidateInformation(
    @Arg('input', () => UpdateCertificationCandidateInformationInput) input: UpdateCertificationCandidateInformationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<JuryCourseView> {
    const { certificationCourseId, ...fields } = input;
    return this.view(ctx, await updateCertificationCandidateInformation(resultsRepositories(ctx.em, ctx.services.results), ctx.services.results, ctx.viewer, { ...fields, courseId: courseIdOf(certificationCourseId) }));
  }
}

@Resolver(() => JuryQuestionView)
export class JuryQuestionFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who neutralised it, when the jury did.' })
  neutralizedByName(@Root() question: JuryQuestionView, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return nameOf(ctx, question.neutralizedByUserId);
  }
}

@Resolver(() => JuryActionView)
export class JuryActionFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: "The actor's name." })
  actorName(@Root() action: JuryActionView, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return nameOf(ctx, action.actorUserId);
  }
}

@Resolver(() => ScoringView)
export class ScoringFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The jury member whose action led to it (null at finalisation by the centre: see trigger).' })
  createdByName(@Root() scoring: ScoringView, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return scoring.trigger === 'JURY' ? nameOf(ctx, scoring.createdByUserId) : Promise.resolve(null);
  }
}
