import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { ForbiddenError } from '../../../shared/domain/errors';
import { targetSkillsOf } from '../application/participant';
import { assessmentResultsOf, assessmentValuesOf } from '../domain/mastery';
import { toParticipationView, toResultsView } from './campaign-participation.mappers';
import { CampaignParticipationResultsView, CampaignParticipationStatusValue, CampaignParticipationView } from './campaign-participation.types';

export const isParticipant = (participation: CampaignParticipationView, ctx: GraphQLContext) => ctx.viewer?.userId === participation.userId;

@Resolver(() => CampaignParticipationView)
export class CampaignParticipationFieldsResolver {
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
      return toResultsView(assessmentResultsOf(participation.snapshot), content);
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
    return toResultsView(assessmentResultsOf(values.snapshot), content);
  }
}

/** User.campaignParticipations (declared in api/src/graphql): the learner's own participations, newest first. */
export async function participationsOfUser(ctx: GraphQLContext, userId: number): Promise<CampaignParticipationView[]> {
  if (ctx.viewer?.userId !== userId) throw new ForbiddenError();
  return (await ctx.loaders.participation.participationsByUser.load(userId)).map(toParticipationView);
}

/** Assessment.campaignParticipation (declared in api/src/graphql): the participation of a campaign's test. */
export async function participationById(ctx: GraphQLContext, campaignParticipationId: number | null): Promise<CampaignParticipationView | null> {
  if (campaignParticipationId === null) return null;
  const participation = await ctx.loaders.participation.participationById.load(campaignParticipationId);
  return participation ? toParticipationView(participation) : null;
}
