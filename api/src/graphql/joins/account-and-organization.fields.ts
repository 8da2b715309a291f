import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AuditLogEntryView } from '../../audit-log/graphql/audit-log.types';
import { UserType } from '../../identity-access-management/graphql/user.type';
import { OrganizationTypeValue } from '../../organizational-entities/graphql/organization.types';
import { CampaignLandingView } from '../../prescription/campaign/graphql/campaign.types';
import type { GraphQLContext } from '../context';

@Resolver(() => AuditLogEntryView)
export class AuditLogEntryFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'Who did it (null if the account no longer exists).' })
  async actor(@Root() entry: AuditLogEntryView, @Ctx() ctx: GraphQLContext): Promise<UserType | null> {
    const user = await ctx.loaders.iam.userById.load(entry.actorUserId);
    return user ? UserType.from(user) : null;
  }
}

@Resolver(() => CampaignLandingView)
export class CampaignLandingFieldsResolver {
  @FieldResolver(() => OrganizationTypeValue)
  organizationType(@Root() landing: CampaignLandingView): OrganizationTypeValue {
    return landing.organizationTypeName as OrganizationTypeValue;
  }
}
