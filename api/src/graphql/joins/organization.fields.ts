import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { UserType } from '../../identity-access-management/graphql/user.type';
import { OrganizationView } from '../../organizational-entities/graphql/organization.types';
import { toOrganizationView } from '../../organizational-entities/graphql/organization.resolver';
import { campaignsOfOrganization } from '../../prescription/campaign/graphql/campaign-fields.resolver';
import { CampaignConnection, CampaignsArgs } from '../../prescription/campaign/graphql/campaign.types';
import { LearnersArgs, OrganizationLearnerConnection } from '../../prescription/learner-management/graphql/learner.types';
import { divisionsOfOrganization, learnersOfOrganization } from '../../prescription/learner-management/graphql/learners.resolver';
import { targetProfilesOfOrganization } from '../../prescription/target-profile/graphql/organization-target-profiles';
import { TargetProfileView } from '../../prescription/target-profile/graphql/target-profile.types';
import { MembershipView } from '../../team/graphql/membership.types';
import { membershipsOfOrganization, membershipsOfUser } from '../../team/graphql/membership.resolver';
import { MembershipRoleValue } from '../../team/graphql/membership.types';
import { OrganizationInvitationView, pendingInvitationsOf, viewerRoleIn } from '../../team/graphql/team.resolver';
import {
  certificationResultDivisionsOf,
  certificationResultsOf,
  schoolResultsUrlOf,
} from '../../certification/results/graphql/certificates.resolver';
import { SchoolCertificationResultView } from '../../certification/results/graphql/certificate.types';
import type { GraphQLContext } from '../context';

/**
 * The fields that join an organisation to what other contexts own (its team, campaigns, parcours,
 * pupils), and memberships to accounts and organisations. Each context answers with its own use
 * cases; only the join is declared here, so that no context imports another's GraphQL types.
 */
@Resolver(() => OrganizationView)
export class OrganizationFieldsResolver {
  @FieldResolver(() => [MembershipView])
  memberships(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<MembershipView[]> {
    return membershipsOfOrganization(ctx, organization.organizationId);
  }

  @FieldResolver(() => MembershipRoleValue, { nullable: true, description: "The viewer's role in this organisation (null for the support team)." })
  viewerRole(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<MembershipRoleValue | null> {
    return viewerRoleIn(ctx, organization.organizationId);
  }

  @FieldResolver(() => [OrganizationInvitationView], { description: 'Pending invitations (administrators and the support team).' })
  invitations(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<OrganizationInvitationView[]> {
    return pendingInvitationsOf(ctx, organization.organizationId);
  }

  @FieldResolver(() => CampaignConnection, { description: "The organisation's campaigns, newest first (members and the support team)." })
  campaigns(@Root() organization: OrganizationView, @Args(() => CampaignsArgs) args: CampaignsArgs, @Ctx() ctx: GraphQLContext): Promise<CampaignConnection> {
    return campaignsOfOrganization(ctx, organization.organizationId, args);
  }

  @FieldResolver(() => [TargetProfileView], {
    description: 'The parcours the organisation may use for its campaigns: public ones and its own (members and the support team).',
  })
  targetProfiles(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<TargetProfileView[]> {
    return targetProfilesOfOrganization(ctx, organization.organizationId);
  }

  @FieldResolver(() => OrganizationLearnerConnection, { description: "The school's pupils (members and the support team)." })
  learners(@Root() organization: OrganizationView, @Args(() => LearnersArgs) args: LearnersArgs, @Ctx() ctx: GraphQLContext): Promise<OrganizationLearnerConnection> {
    return learnersOfOrganization(ctx, organization.organizationId, args);
  }

  @FieldResolver(() => [String], { description: 'The classes of the current pupils.' })
  divisions(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return divisionsOfOrganization(ctx, organization.organizationId);
  }

  @FieldResolver(() => [SchoolCertificationResultView], {
    description: "A school's pupils' published certification results, of a class (or all), in the French order of names (members and the support team).",
  })
  certificationResults(
    @Root() organization: OrganizationView,
    @Arg('division', () => String, { nullable: true }) division: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SchoolCertificationResultView[]> {
    return certificationResultsOf(ctx, organization.organizationId, division ?? null);
  }

  @FieldResolver(() => [String], { description: 'The classes with published certification results.' })
  certificationResultDivisions(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return certificationResultDivisionsOf(ctx, organization.organizationId);
  }

  @FieldResolver(() => String, { description: "The class's certification results file (CSV): a link valid 5 minutes, for the viewer only." })
  certificationResultsCsvUrl(@Root() organization: OrganizationView, @Arg('division', () => String) division: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return schoolResultsUrlOf(ctx, organization.organizationId, division, 'certifications.csv');
  }

  @FieldResolver(() => String, { description: "The class's attestations, one PDF: a link valid 5 minutes, for the viewer only." })
  certificationAttestationsUrl(@Root() organization: OrganizationView, @Arg('division', () => String) division: string, @Ctx() ctx: GraphQLContext): Promise<string> {
    return schoolResultsUrlOf(ctx, organization.organizationId, division, 'attestations.pdf');
  }
}

@Resolver(() => MembershipView)
export class MembershipFieldsResolver {
  @FieldResolver(() => UserType)
  async user(@Root() membership: MembershipView, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return UserType.from((await ctx.loaders.iam.userById.load(membership.userId))!);
  }

  @FieldResolver(() => OrganizationView)
  async organization(@Root() membership: MembershipView, @Ctx() ctx: GraphQLContext): Promise<OrganizationView> {
    return toOrganizationView((await ctx.loaders.organizations.organizationById.load(membership.organizationId))!);
  }
}

@Resolver(() => UserType)
export class UserMembershipsResolver {
  @FieldResolver(() => [MembershipView], { description: 'The organisations this account belongs to (its owner only).' })
  memberships(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<MembershipView[]> {
    return membershipsOfUser(ctx, user.userId);
  }
}
