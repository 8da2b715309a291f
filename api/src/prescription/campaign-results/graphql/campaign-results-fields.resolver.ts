import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { pageWindow, toConnection } from '../../../shared/graphql/pagination';
import { organizationAccessOf } from '../../../graphql/organization-access';
import { CampaignView, type CampaignType } from '../../campaign';
import { CampaignParticipationView, toParticipationView } from '../../campaign-participation';
import {
  campaignAnalysis,
  campaignCollectiveResults,
  listCampaignParticipations,
  participationStats,
  type ResultsCampaign,
} from '../application/campaign-results.usecases';
import { resultsExportLink } from '../application/export-campaign-results.usecase';
import { participationProgress } from '../domain/participation-progress';
import { ExportLinks } from '../infrastructure/export-link';
import { toAnalysisView, toCollectiveResultsView } from './campaign-results.mappers';
import {
  CampaignAnalysisView,
  CampaignCollectiveResultsView,
  CampaignParticipantView,
  CampaignParticipationConnection,
  CampaignParticipationsArgs,
  CampaignParticipationStatsView,
} from './campaign-results.types';

const resultsCampaign = (campaign: CampaignView): ResultsCampaign => ({
  id: campaign.campaignId,
  organizationId: campaign.organizationId,
  type: campaign.type as CampaignType,
});

/** What the Orga console shows of a campaign; every field checks, like `campaign(id)`, that the viewer may see it. */
@Resolver(() => CampaignView)
export class CampaignResultsFieldsResolver {
  @FieldResolver(() => CampaignParticipationStatsView, { description: '"Activité": participations by state, in one SQL statement.' })
  async participationStats(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationStatsView> {
    return Object.assign(new CampaignParticipationStatsView(), await participationStats(ctx.em, organizationAccessOf(ctx), resultsCampaign(campaign)));
  }

  @FieldResolver(() => CampaignParticipationConnection, { description: '"Participants": the participations that count, newest first.' })
  async participations(@Root() campaign: CampaignView, @Args(() => CampaignParticipationsArgs) args: CampaignParticipationsArgs, @Ctx() ctx: GraphQLContext) {
    const window = pageWindow(args);
    const { rows, totalCount } = await listCampaignParticipations(ctx.em, organizationAccessOf(ctx), resultsCampaign(campaign), args.filter ?? {}, window);
    return toConnection(rows.map(toParticipationView), totalCount, window.offset);
  }

  @FieldResolver(() => CampaignCollectiveResultsView, { nullable: true, description: '"Résultats collectifs" of an assessment (null for a profiles collection).' })
  async collectiveResults(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignCollectiveResultsView | null> {
    const content = ctx.services.content.get();
    const results = await campaignCollectiveResults(ctx.em, content, organizationAccessOf(ctx), resultsCampaign(campaign));
    return results && toCollectiveResultsView(results, content, ctx.locale);
  }

  @FieldResolver(() => CampaignAnalysisView, { nullable: true, description: '"Analyse" (recommended topics) of an assessment (null for a profiles collection).' })
  async analysis(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignAnalysisView | null> {
    const content = ctx.services.content.get();
    const tubes = await campaignAnalysis(ctx.em, content, organizationAccessOf(ctx), resultsCampaign(campaign));
    if (!tubes) return null;
    const preferences = await ctx.loaders.evaluation.tutorialPreferences.load(ctx.viewer!.userId);
    return toAnalysisView(tubes, content, ctx.locale, preferences);
  }

  @FieldResolver(() => String, {
    description:
      'Downloads "Exporter les résultats (.csv)": a link valid 5 minutes, for this viewer and campaign only (GET; the rights are checked again). The same route accepts `Authorization: Bearer` instead of the token.',
  })
  async csvExportUrl(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<string> {
    const { config } = ctx.services;
    const deps = { links: new ExportLinks(config.accessTokenSecret), publicUrl: config.publicUrl, now: ctx.clock.now() };
    return resultsExportLink(deps, organizationAccessOf(ctx), resultsCampaign(campaign));
  }
}

/** What the teacher sees of each participation in the lists: the pupil and the progress. */
@Resolver(() => CampaignParticipationView)
export class CampaignParticipationProgressResolver {
  @FieldResolver(() => CampaignParticipantView, { nullable: true, description: 'The pupil (organisation learner) who participates.' })
  async participant(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipantView | null> {
    const row = await ctx.loaders.results.participantByLearnerId.load(participation.organizationLearnerId);
    return row && Object.assign(new CampaignParticipantView(), { firstName: row.firstName, lastName: row.lastName, division: row.division });
  }

  @FieldResolver(() => Int, {
    description:
      "0 to 100: 100 once the test has ended; in progress, the share of the campaign's skills settled so far (answered, inferred or known before), at most 99.",
  })
  async progress(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<number> {
    if (participation.status !== 'STARTED') return 100;
    const { settled, targeted } = await ctx.loaders.results.settledSkillsByParticipation.load(participation.participationId);
    return participationProgress('STARTED', settled, targeted);
  }
}
