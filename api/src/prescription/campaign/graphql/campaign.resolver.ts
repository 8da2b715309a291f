import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { LoggedIn, Public } from '../../../graphql/access';
import { BadUserInputError, NotFoundError } from '../../../shared/domain/errors';
import { organizationAccessOf } from '../../../graphql/organization-access';
import { createCampaign } from '../application/create-campaign.usecase';
import { getCampaign, setCampaignArchived } from '../application/campaign-management.usecases';
import { campaignByCode } from '../application/campaign-by-code.usecase';
import { campaignRepositories } from '../application/campaign-repositories';
import { CampaignLandingView, CampaignView, CreateCampaignInput } from './campaign.types';
import { numericId } from '../../../shared/graphql/ids';
import { campaignIdOf, toCampaignLandingView, toCampaignView } from './campaign.mappers';

@Resolver()
export class CampaignResolver {
  @LoggedIn()
  @Mutation(() => CampaignView, { description: 'Creates a campaign (members of the organisation). An assessment copies the skills of its parcours.' })
  async createCampaign(@Arg('input', () => CreateCampaignInput) input: CreateCampaignInput, @Ctx() ctx: GraphQLContext): Promise<CampaignView> {
    const organizationId = numericId(input.organizationId, () => new NotFoundError('errors.organizationUnknown'));
    const hasTargetProfile = input.targetProfileId !== undefined && input.targetProfileId !== null && input.targetProfileId !== '';
    const targetProfileId = hasTargetProfile
      ? numericId(input.targetProfileId, () => new BadUserInputError('targetProfileId', 'errors.campaign.targetProfileUnknown'))
      : null;
    const campaign = await createCampaign(campaignRepositories(ctx.em, ctx.clock), { content: ctx.services.content.get() }, organizationAccessOf(ctx), {
      organizationId,
      name: input.name,
      type: input.type,
      targetProfileId,
      multipleSendings: input.multipleSendings,
      idPixLabel: input.idPixLabel,
      idPixType: input.idPixType,
      customLandingPageText: input.customLandingPageText,
    });
    return toCampaignView(campaign);
  }

  @LoggedIn()
  @Query(() => CampaignView, { description: 'A campaign, for the members of its organisation and the support team.' })
  async campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CampaignView> {
    return toCampaignView(await getCampaign(campaignRepositories(ctx.em, ctx.clock), organizationAccessOf(ctx), campaignIdOf(id)));
  }

  @LoggedIn()
  @Mutation(() => CampaignView, { description: 'Archives a campaign: nobody may join it any more (members of its organisation).' })
  async archiveCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: GraphQLContext): Promise<CampaignView> {
    return toCampaignView(await setCampaignArchived(campaignRepositories(ctx.em, ctx.clock), ctx, organizationAccessOf(ctx), { campaignId: campaignIdOf(campaignId), archived: true }));
  }

  @LoggedIn()
  @Mutation(() => CampaignView, { description: 'Brings an archived campaign back (members of its organisation).' })
  async unarchiveCampaign(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: GraphQLContext): Promise<CampaignView> {
    return toCampaignView(await setCampaignArchived(campaignRepositories(ctx.em, ctx.clock), ctx, organizationAccessOf(ctx), { campaignId: campaignIdOf(campaignId), archived: false }));
  }

  @Public()
  @Query(() => CampaignLandingView, {
    description: '"J\'ai un code": the landing page of an active campaign. The code is trimmed and upper-cased; wrong codes are throttled per address.',
  })
  async campaignByCode(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<CampaignLandingView> {
    const deps = { throttle: ctx.services.config.throttle };
    return toCampaignLandingView(await campaignByCode(campaignRepositories(ctx.em, ctx.clock), deps, code, ctx.address, ctx.viewer?.userId ?? null));
  }
}
