import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { AssessmentView, toAssessmentView } from '../../../evaluation';
import { UserType } from '../../../identity-access-management';
import { ForbiddenError } from '../../../shared/domain/errors';
import { CampaignLandingView, toCampaignLandingView } from '../../campaign';
import { targetSkillsOf } from '../application/participant';
import { assessmentResultsOf, assessmentValuesOf } from '../domain/mastery';
import { toParticipationView, toResultsView } from './campaign-participation.mappers';
import { CampaignParticipationResultsView, CampaignParticipationStatusValue, CampaignParticipationView } from './campaign-participation.types';

const isParticipant = (participation: CampaignParticipationView, ctx: GraphQLContext) => ctx.viewer?.userId === participation.userId;

@Resolver(() => CampaignParticipationView)
export class CampaignParticipationFieldsResolver {
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

  @FieldResolver(() => CampaignParticipationResultsView, {
    nullable: true,
    description:
      "An assessment's results per competence: as sent once SHARED; before that, as they stand now, for the participant only. Null for a profiles collection.",
  })
  async results(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationResultsView | null> {
    const content = ctx.services.content.get();
    const landing = await ctx.loaders.campaign.campaignLandingById.load(participation.campaignId);
    if (landing?.type !== 'ASSESSMENT') return null;
    if (participation.status === CampaignParticipationStatusValue.SHARED && participation.snapshot)
      return toResultsView(assessmentResultsOf(participation.snapshot), content, ctx.locale);
    if (!isParticipant(participation, ctx)) return null;
    const [knowledge, skillIds] = await Promise.all([
      ctx.loaders.evaluation.knowledgeElementsByUser.load(participation.userId),
      ctx.loaders.campaign.campaignSkillIds.load(participation.campaignId),
    ]);
    const values = assessmentValuesOf(
      targetSkillsOf(content, skillIds),
      knowledge,
      content.competences.map((c) => c.id),
    );
    return toResultsView(assessmentResultsOf(values.snapshot), content, ctx.locale);
  }
}

@Resolver(() => UserType)
export class UserCampaignParticipationsResolver {
  @FieldResolver(() => [CampaignParticipationView], { description: "The learner's own participations, newest first (to resume a test or send results)." })
  async campaignParticipations(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationView[]> {
    if (ctx.viewer?.userId !== user.userId) throw new ForbiddenError();
    return (await ctx.loaders.participation.participationsByUser.load(user.userId)).map(toParticipationView);
  }
}

@Resolver(() => AssessmentView)
export class AssessmentCampaignParticipationResolver {
  @FieldResolver(() => CampaignParticipationView, { nullable: true, description: "The participation of a campaign's test (null for a positioning test)." })
  async campaignParticipation(@Root() assessment: AssessmentView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationView | null> {
    if (assessment.campaignParticipationId === null) return null;
    const participation = await ctx.loaders.participation.participationById.load(assessment.campaignParticipationId);
    return participation ? toParticipationView(participation) : null;
  }
}
