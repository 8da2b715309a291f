import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Public, Staff } from '../../graphql/access';
import { PlatformRole, UserType } from '../../identity-access-management';
import { OrganizationView, toOrganizationView } from '../../organizational-entities';
import { BadUserInputError, ForbiddenError } from '../../shared/domain/errors';
import { acceptOrganizationInvitation } from '../application/accept-organization-invitation.usecase';
import { addOrganizationMember } from '../application/add-organization-member.usecase';
import { requestOrganizationActivation } from '../application/request-organization-activation.usecase';
import type { MembershipRow } from '../domain/team';
import { AddOrganizationMemberInput, MembershipRoleValue, MembershipView, OrganizationActivationInput } from './membership.types';

/** Memberships of organisations: who belongs where, joining by invitation or activation. */

const STAFF = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

const toMembershipView = (row: MembershipRow): MembershipView =>
  Object.assign(new MembershipView(), { id: String(row.id), role: row.role as MembershipRoleValue, organizationId: row.organizationId, userId: row.userId });

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

const isStaff = (ctx: GraphQLContext) => !!ctx.viewer?.platformRole && STAFF.includes(ctx.viewer.platformRole);

@Resolver(() => OrganizationView)
export class OrganizationMembershipsResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => MembershipView, {
    description: 'Adds an existing account to an organisation with a role, or changes its role (platform team, never for themselves; recorded in the audit log).',
  })
  async addOrganizationMember(@Arg('input', () => AddOrganizationMemberInput) input: AddOrganizationMemberInput, @Ctx() ctx: GraphQLContext) {
    return toMembershipView(
      await addOrganizationMember(ctx.em, { clock: ctx.clock }, ctx.viewer!, {
        organizationId: idOf(input.organizationId, 'organizationId'),
        email: input.email,
        role: input.role,
        comment: input.comment,
      }),
    );
  }

  @Public()
  @Mutation(() => Boolean, {
    description: '"Activez ou récupérez votre espace": sends an administrator invitation to the school\'s official address.',
  })
  requestOrganizationActivation(@Arg('input', () => OrganizationActivationInput) input: OrganizationActivationInput, @Ctx() ctx: GraphQLContext) {
    return requestOrganizationActivation(ctx.em, ctx.services.iam, input, ctx.address);
  }

  @LoggedIn()
  @Mutation(() => MembershipView, { description: 'Joins the organisation of an invitation (single use).' })
  async acceptOrganizationInvitation(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext) {
    return toMembershipView(await acceptOrganizationInvitation(ctx.em, ctx.services.iam, { userId: ctx.viewer!.userId, code }));
  }

  @FieldResolver(() => [MembershipView])
  async memberships(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<MembershipView[]> {
    return (await ctx.loaders.team.membershipsByOrganization.load(organization.organizationId)).map(toMembershipView);
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
  async memberships(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<MembershipView[]> {
    if (ctx.viewer?.userId !== user.userId && !isStaff(ctx)) throw new ForbiddenError();
    return (await ctx.loaders.team.membershipsByUser.load(user.userId)).map(toMembershipView);
  }
}
