import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LoggedIn } from '../../../graphql/access';
import type { GraphQLContext } from '../../../graphql/context';
import { organizationAccessOf } from '../../../graphql/organization-access';
import { participationRepositories } from '../application/participation-repositories';
import { getCampaignParticipation } from '../application/campaign-participation-queries.usecases';
import { reconcileWithOrganizationLearner } from '../application/reconcile-with-organization-learner.usecase';
import { sendProfile } from '../application/send-profile.usecase';
import { shareCampaignResults } from '../application/share-campaign-results.usecase';
import { startCampaignParticipation, type ParticipationDeps } from '../application/start-campaign-participation.usecase';
import { participationIdOf, toParticipationView, toReconciledLearnerView } from './campaign-participation.mappers';
import {
  CampaignParticipationView,
  ReconciledLearnerView,
  ReconcileWithOrganizationLearnerInput,
  StartCampaignParticipationInput,
} from './campaign-participation.types';

const dependencies = (ctx: GraphQLContext): ParticipationDeps => ({
  clock: ctx.clock,
  content: ctx.services.content.get(),
  throttle: ctx.services.config.throttle,
});

@Resolver()
export class CampaignParticipationResolver {
  @LoggedIn()
  @Mutation(() => ReconciledLearnerView, {
    description:
      "Links the logged-in account to the school's pupil with these names and birth date (campaign of a school managing its pupils). Throttled per account and per address.",
  })
  async reconcileWithOrganizationLearner(
    @Arg('input', () => ReconcileWithOrganizationLearnerInput) input: ReconcileWithOrganizationLearnerInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReconciledLearnerView> {
    const learner = await reconcileWithOrganizationLearner(participationRepositories(ctx.em, ctx.clock), dependencies(ctx), { ...input, userId: ctx.viewer!.userId, address: ctx.address });
    return toReconciledLearnerView(learner);
  }

  @LoggedIn()
  @Mutation(() => CampaignParticipationView, {
    description: 'Starts an assessment campaign by its code (its test starts with it), or returns the participation in progress.',
  })
  async startCampaignParticipation(
    @Arg('input', () => StartCampaignParticipationInput) input: StartCampaignParticipationInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CampaignParticipationView> {
    const participation = await startCampaignParticipation(participationRepositories(ctx.em, ctx.clock), dependencies(ctx), {
      userId: ctx.viewer!.userId,
      address: ctx.address,
      locale: ctx.locale,
      campaignCode: input.campaignCode,
      participantExternalId: input.participantExternalId,
    });
    return toParticipationView(participation);
  }

  @LoggedIn()
  @Mutation(() => CampaignParticipationView, { description: '"J\'envoie mes résultats": the participant sends the results of an ended test (TO_SHARE → SHARED).' })
  async shareCampaignResults(@Arg('participationId', () => ID) participationId: string, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationView> {
    const participation = await shareCampaignResults(participationRepositories(ctx.em, ctx.clock), dependencies(ctx), { userId: ctx.viewer!.userId, participationId: participationIdOf(participationId) });
    return toParticipationView(participation);
  }

  @LoggedIn()
  @Mutation(() => CampaignParticipationView, {
    description: '"Envoyer mon profil" in a profiles collection: a participation shared at once with the whole profile (again when multipleSendings).',
  })
  async sendProfile(
    @Arg('campaignCode', () => String) campaignCode: string,
    @Arg('participantExternalId', () => String, { nullable: true, description: 'Required when the campaign has an idPixLabel.' })
    participantExternalId: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CampaignParticipationView> {
    const participation = await sendProfile(participationRepositories(ctx.em, ctx.clock), dependencies(ctx), { userId: ctx.viewer!.userId, address: ctx.address, campaignCode, participantExternalId });
    return toParticipationView(participation);
  }

  @LoggedIn()
  @Query(() => CampaignParticipationView, { description: 'A participation, for its participant and for the members of the campaign\'s organisation.' })
  async campaignParticipation(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CampaignParticipationView> {
    return toParticipationView(await getCampaignParticipation(participationRepositories(ctx.em, ctx.clock), organizationAccessOf(ctx), participationIdOf(id)));
  }
}
