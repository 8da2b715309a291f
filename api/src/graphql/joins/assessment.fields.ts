import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { toAssessmentView } from '../../evaluation/graphql/assessment.mappers';
import { AssessmentView } from '../../evaluation/graphql/assessment.types';
import { CompetenceProfileType } from '../../evaluation/graphql/profile.types';
import { frameworkTypesOf } from '../../learning-content/graphql/framework.mappers';
import { CompetenceType } from '../../learning-content/graphql/framework.types';
import { toCampaignLandingView } from '../../prescription/campaign/graphql/campaign.mappers';
import { CampaignLandingView } from '../../prescription/campaign/graphql/campaign.types';
import { isParticipant, participationById } from '../../prescription/campaign-participation/graphql/campaign-participation-fields.resolver';
import { CampaignCompetenceResultView, CampaignParticipationView } from '../../prescription/campaign-participation/graphql/campaign-participation.types';
import type { GraphQLContext } from '../context';

/** A competence of the current content release, in the viewer's language. */
export const competenceTypeOf = (ctx: GraphQLContext, competenceId: string): CompetenceType =>
  frameworkTypesOf(ctx.services.content.get(), ctx.locale).competence(competenceId)!;

/** Tests and campaign participations, joined to each other, to their campaign and to the content's competences. */
@Resolver(() => AssessmentView)
export class AssessmentFieldsResolver {
  @FieldResolver(() => CompetenceType, { nullable: true, description: 'The competence of a positioning test; null for a campaign\'s test.' })
  competence(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): CompetenceType | null {
    return assessment.competenceId ? (frameworkTypesOf(ctx.services.content.get(), ctx.locale).competence(assessment.competenceId) ?? null) : null;
  }

  @FieldResolver(() => CampaignParticipationView, { nullable: true, description: "The participation of a campaign's test (null for a positioning test)." })
  campaignParticipation(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationView | null> {
    return participationById(ctx, assessment.campaignParticipationId);
  }
}

@Resolver(() => CampaignParticipationView)
export class CampaignParticipationJoinsResolver {
  @FieldResolver(() => CampaignLandingView, { description: 'What the participant sees of the campaign.' })
  async campaign(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<CampaignLandingView> {
    return toCampaignLandingView((await ctx.loaders.campaign.campaignLandingById.load(participation.campaignId))!);
  }

  @FieldResolver(() => AssessmentView, { nullable: true, description: "The campaign's test, for the participant only (null for a profiles collection)." })
  async assessment(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<AssessmentView | null> {
    if (!isParticipant(participation, ctx)) return null;
    const assessment = await ctx.loaders.evaluation.assessmentByParticipation.load(participation.participationId);
    return assessment ? toAssessmentView(assessment) : null;
  }
}

@Resolver(() => CompetenceProfileType)
export class CompetenceProfileFieldsResolver {
  @FieldResolver(() => CompetenceType)
  // The root is the domain's plain object (learnerProfileOf): typed structurally, so that type-graphql
  // takes it as it is instead of copying it into a CompetenceProfileType on every call.
  competence(@Root() profile: { competenceId: string }, @Ctx() ctx: GraphQLContext): CompetenceType {
    return competenceTypeOf(ctx, profile.competenceId);
  }
}

@Resolver(() => CampaignCompetenceResultView)
export class CampaignCompetenceResultFieldsResolver {
  @FieldResolver(() => CompetenceType)
  competence(@Root() result: CampaignCompetenceResultView, @Ctx() ctx: GraphQLContext): CompetenceType {
    return competenceTypeOf(ctx, result.competenceId);
  }
}
