import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { pageWindow, toConnection } from '../../../shared/graphql/pagination';
import { organizationAccessOf } from '../../../graphql/organization-access';
import { listCampaigns } from '../application/campaign-management.usecases';
import { campaignRepositories } from '../application/campaign-repositories';
import { CampaignConnection, CampaignCreatorView, CampaignsArgs, CampaignTargetProfileView, CampaignView } from './campaign.types';
import { toCampaignView } from './campaign.mappers';

@Resolver(() => CampaignView)
export class CampaignFieldsResolver {
  @FieldResolver(() => CampaignTargetProfileView, { nullable: true, description: 'The parcours of an assessment.' })
  async targetProfile(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignTargetProfileView | null> {
    if (campaign.targetProfileId === null) return null;
    const profile = await ctx.loaders.targetProfile.targetProfileById.load(campaign.targetProfileId);
    return profile ? Object.assign(new CampaignTargetProfileView(), { id: String(profile.id), name: profile.name }) : null;
  }

  @FieldResolver(() => CampaignCreatorView)
  async creator(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): Promise<CampaignCreatorView> {
    const user = await ctx.loaders.iam.userById.load(campaign.creatorId);
    return Object.assign(new CampaignCreatorView(), { firstName: user?.firstName ?? '', lastName: user?.lastName ?? '' });
  }

  @FieldResolver(() => String, { description: 'The link to hand to participants: <site>/campagnes/<code>.' })
  directUrl(@Root() campaign: CampaignView, @Ctx() ctx: GraphQLContext): string {
    return `${ctx.services.config.publicUrl}/campagnes/${campaign.code}`;
  }
}

/** Organization.campaigns (declared in api/src/graphql): the organisation's campaigns, newest first (members and the support team). */
export async function campaignsOfOrganization(ctx: GraphQLContext, organizationId: number, args: CampaignsArgs): Promise<CampaignConnection> {
  const window = pageWindow(args);
  const { rows, totalCount } = await listCampaigns(campaignRepositories(ctx.em, ctx.clock), organizationAccessOf(ctx), { organizationId, ...args.filter }, window);
  return toConnection(rows.map(toCampaignView), totalCount, window.offset);
}
