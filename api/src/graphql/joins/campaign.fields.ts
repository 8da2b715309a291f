import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { TutorialView } from '../../evaluation/graphql/challenge.types';
import { CompetenceType } from '../../learning-content/graphql/framework.types';
import type { CampaignType } from '../../prescription/campaign';
import { CampaignView } from '../../prescription/campaign/graphql/campaign.types';
import { toParticipationView } from '../../prescription/campaign-participation/graphql/campaign-participation.mappers';
import {
  CampaignParticipationConnection,
  CampaignParticipationsArgs,
  CampaignParticipationView,
} from '../../prescription/campaign-participation/graphql/campaign-participation.types';
import {
  analysisOf,
  collectiveResultsOf,
  csvExportUrlOf,
  participantOf,
  participationsOfCampaign,
  participationStatsOf,
  progressOf,
} from '../../prescription/campaign-results/graphql/campaign-results-fields';
import {
  CampaignAnalysisView,
  CampaignCollectiveResultsView,
  CampaignCompetenceCollectiveResultView,
  CampaignParticipantView,
  CampaignParticipationStatsView,
  CampaignTubeRecommendationView,
} from '../../prescription/campaign-results/graphql/campaign-results.types';
import { pageWindow, toConnection } from '../../shared/graphql/pagination';
import type { GraphQLContext } from '../context';
import { competenceTypeOf } from './assessment.fields';

const resultsCampaign = (campaign: CampaignView) => ({
  id: campaign.campaignId,
  organizationId: campaign.organizationId,
  type: campaign.type as CampaignType,
});

/** What the Orga console shows of a campaign (campaign-results answers; every field checks that the viewer may see it). */
@Resolver(() => CampaignView)
export class CampaignResultsFieldsResolver {
  @FieldResolver(() => CampaignParticipationStatsView, { description: '"Activité": participations by state, in one SQL statement.' })
  participationStats(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationStatsView> {
    return participationStatsOf(ctx, resultsCampaign(campaign));
  }

  @FieldResolver(() => CampaignParticipationConnection, { description: '"Participants": the participations that count, alphabetically (last name then first name, French order).' })
  async participations(@Root() campaign: CampaignView, @Args(() => CampaignParticipationsArgs) args: CampaignParticipationsArgs, @Ctx() ctx: GraphQLContext) {
    const window = pageWindow(args);
    const { rows, totalCount } = await participationsOfCampaign(ctx, resultsCampaign(campaign), args.filter ?? {}, window);
    return toConnection(rows.map(toParticipationView), totalCount, window.offset);
  }

  @FieldResolver(() => CampaignCollectiveResultsView, { nullable: true, description: '"Résultats collectifs" of an assessment (null for a profiles collection).' })
  collectiveResults(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignCollectiveResultsView | null> {
    return collectiveResultsOf(ctx, resultsCampaign(campaign));
  }

  @FieldResolver(() => CampaignAnalysisView, { nullable: true, description: '"Analyse" (recommended topics) of an assessment (null for a profiles collection).' })
  analysis(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignAnalysisView | null> {
    return analysisOf(ctx, resultsCampaign(campaign));
  }

  @FieldResolver(() => String, {
    description:
      'Downloads "Exporter les résultats (.csv)": a link valid 5 minutes, for this viewer and campaign only (GET; the rights are checked again). The same route accepts `Authorization: Bearer` instead of the token.',
  })
  csvExportUrl(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<string> {
    return csvExportUrlOf(ctx, resultsCampaign(campaign));
  }
}

/** What the teacher sees of each participation in the lists: the pupil and the progress. */
@Resolver(() => CampaignParticipationView)
export class CampaignParticipationProgressResolver {
  @FieldResolver(() => CampaignParticipantView, { nullable: true, description: 'The pupil (organisation learner) who participates.' })
  participant(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipantView | null> {
    return participantOf(ctx, participation.organizationLearnerId);
  }

  @FieldResolver(() => Int, {
    description:
      "0 to 100: 100 once the test has ended; in progress, the share of the campaign's skills settled so far (answered, inferred or known before), at most 99.",
  })
  progress(@Root() participation: CampaignParticipationView, @Ctx() ctx: GraphQLContext): Promise<number> {
    return progressOf(ctx, participation);
  }
}

@Resolver(() => CampaignCompetenceCollectiveResultView)
export class CampaignCompetenceCollectiveResultFieldsResolver {
  @FieldResolver(() => CompetenceType)
  competence(@Root() result: CampaignCompetenceCollectiveResultView, @Ctx() ctx: GraphQLContext): CompetenceType {
    return competenceTypeOf(ctx, result.competenceId);
  }
}

@Resolver(() => CampaignTubeRecommendationView)
export class CampaignTubeRecommendationFieldsResolver {
  @FieldResolver(() => CompetenceType)
  competence(@Root() recommendation: CampaignTubeRecommendationView, @Ctx() ctx: GraphQLContext): CompetenceType {
    return competenceTypeOf(ctx, recommendation.competenceId);
  }

  @FieldResolver(() => [TutorialView], { description: "Tutorials of the tube's campaign skills." })
  tutorials(@Root() recommendation: CampaignTubeRecommendationView, @Ctx() ctx: GraphQLContext): TutorialView[] {
    const content = ctx.services.content.get();
    return recommendation.tutorialIds.map((id) => TutorialView.from(content.tutorial(id)!, recommendation.tutorialPreferences, ctx.locale));
  }
}
