import type { GraphQLContext } from '../../../graphql/context';
import { organizationAccessOf } from '../../../graphql/organization-access';
import type { Participation } from '../../campaign-participation';
import {
  campaignAnalysis,
  campaignCollectiveResults,
  listCampaignParticipations,
  participationStats,
  type ResultsCampaign,
} from '../application/campaign-results.usecases';
import { campaignResultsRepositories } from '../application/campaign-results-repositories';
import { resultsExportLink } from '../application/export-campaign-results.usecase';
import { participationProgress } from '../domain/participation-progress';
import { ExportLinks } from '../infrastructure/export-link';
import { toAnalysisView, toCollectiveResultsView } from './campaign-results.mappers';
import { CampaignAnalysisView, CampaignCollectiveResultsView, CampaignParticipantView, CampaignParticipationStatsView } from './campaign-results.types';

/**
 * What the Orga console shows of a campaign and of each of its participations. The fields are declared
 * in api/src/graphql (on the campaign's and the participation's types); every one checks, like
 * `campaign(id)`, that the viewer may see the campaign.
 */

/** Campaign.participationStats: "Activité" and the campaigns list, participations by state, one SQL statement for every campaign of the request. */
export async function participationStatsOf(ctx: GraphQLContext, campaign: ResultsCampaign): Promise<CampaignParticipationStatsView> {
  const loader = ctx.loaders.results.statsByCampaign;
  return Object.assign(new CampaignParticipationStatsView(), await participationStats(organizationAccessOf(ctx), campaign, (id) => loader.load(id)));
}

/** Campaign.participations: "Participants", the participations that count, newest first. */
export function participationsOfCampaign(
  ctx: GraphQLContext,
  campaign: ResultsCampaign,
  filter: Parameters<typeof listCampaignParticipations>[3],
  window: { limit: number; offset: number },
): Promise<{ rows: Participation[]; totalCount: number }> {
  return listCampaignParticipations(campaignResultsRepositories(ctx.em), organizationAccessOf(ctx), campaign, filter, window);
}

/** Campaign.collectiveResults: "Résultats collectifs" of an assessment (null for a profiles collection). */
export async function collectiveResultsOf(ctx: GraphQLContext, campaign: ResultsCampaign): Promise<CampaignCollectiveResultsView | null> {
  const content = ctx.services.content.get();
  const results = await campaignCollectiveResults(campaignResultsRepositories(ctx.em), content, organizationAccessOf(ctx), campaign);
  return results && toCollectiveResultsView(results, content, ctx.locale);
}

/** Campaign.analysis: "Analyse" (recommended topics) of an assessment (null for a profiles collection). */
export async function analysisOf(ctx: GraphQLContext, campaign: ResultsCampaign): Promise<CampaignAnalysisView | null> {
  const content = ctx.services.content.get();
  const tubes = await campaignAnalysis(campaignResultsRepositories(ctx.em), content, organizationAccessOf(ctx), campaign);
  if (!tubes) return null;
  const preferences = await ctx.loaders.evaluation.tutorialPreferences.load(ctx.viewer!.userId);
  return toAnalysisView(tubes, content, ctx.locale, preferences);
}

/** Campaign.csvExportUrl: a link valid 5 minutes, for this viewer and campaign only. */
export function csvExportUrlOf(ctx: GraphQLContext, campaign: ResultsCampaign): Promise<string> {
  const { config } = ctx.services;
  const deps = { links: new ExportLinks(config.accessTokenSecret), publicUrl: config.publicUrl, now: ctx.clock.now() };
  return resultsExportLink(deps, organizationAccessOf(ctx), campaign);
}

/** CampaignParticipation.participant: the pupil (organisation learner) who participates. */
export async function participantOf(ctx: GraphQLContext, organizationLearnerId: number): Promise<CampaignParticipantView | null> {
  const row = await ctx.loaders.results.participantByLearnerId.load(organizationLearnerId);
  return row && Object.assign(new CampaignParticipantView(), { firstName: row.firstName, lastName: row.lastName, division: row.division });
}

/** CampaignParticipation.progress: 100 once the test has ended; in progress, the share of the campaign's skills settled so far. */
export async function progressOf(ctx: GraphQLContext, participation: { status: string; participationId: number }): Promise<number> {
  if (participation.status !== 'STARTED') return 100;
  const { settled, targeted } = await ctx.loaders.results.settledSkillsByParticipation.load(participation.participationId);
  return participationProgress('STARTED', settled, targeted);
}
