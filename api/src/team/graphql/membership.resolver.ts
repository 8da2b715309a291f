import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Public, Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { BadUserInputError, ForbiddenError } from '../../shared/domain/errors';
import { acceptOrganizationInvitation } from '../application/accept-organization-invitation.usecase';
import { addOrganizationMember } from '../application/add-organization-member.usecase';
import { staffChangeMembership } from '../application/change-membership.usecase';
import { requestOrganizationActivation } from '../application/request-organization-activation.usecase';
import { teamRepositoriesOf } from './team-repositories-of';
import type { MembershipRow } from '../domain/team';
import {
  AddOrganizationMemberInput,
  ChangeOrganizationMemberRoleInput,
  MembershipRoleValue,
  MembershipView,
  OrganizationActivationInput,
  RemoveOrganizationMemberInput,
} from './membership.types';

/** Memberships of organisations: who belongs where, joining by invitation or activation. */

const STAFF = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

export const toMembershipView = (row: MembershipRow): MembershipView =>
  Object.assign(new MembershipView(), { id: String(row.id), role: row.role as MembershipRoleValue, organizationId: row.organizationId, userId: row.userId });

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

const isStaff = (ctx: GraphQLContext) => !!ctx.viewer?.platformRole && STAFF.includes(ctx.viewer.platformRole);

@Resolver()
export class OrganizationMembershipsResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => MembershipView, {
    description: 'Adds an existing account to an organisation with a role, or changes its role (platform team, never for themselves; recorded in the audit log).',
  })
  async addOrganizationMember(@Arg('input', () => AddOrganizationMemberInput) input: AddOrganizationMemberInput, @Ctx() ctx: GraphQLContext) {
    return toMembershipView(
      await addOrganizationMember(teamRepositoriesOf(ctx), ctx.viewer!, {
        organizationId: idOf(input.organizationId, 'organizationId'),
        email: input.email,
        role: input.role,
        comment: input.comment,
      }),
    );
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => MembershipView, { description: "Changes a member's role (platform team; at least one administrator remains; recorded in the audit log)." })
  async changeOrganizationMemberRole(@Arg('input', () => ChangeOrganizationMemberRoleInput) input: ChangeOrganizationMemberRoleInput, @Ctx() ctx: GraphQLContext) {
    const row = (await staffChangeMembership(teamRepositoriesOf(ctx), ctx.viewer!, 'ORGANIZATION', {
      membershipId: idOf(input.membershipId, 'membershipId'),
      role: input.role,
      comment: input.comment,
      auditOrganizationOf: async (organizationId) => organizationId,
    }))!;
    return toMembershipView({ id: row.id, role: row.role, organizationId: row.teamId, userId: row.userId });
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => Boolean, { description: 'Removes a member (platform team; at least one administrator remains; recorded in the audit log).' })
  async removeOrganizationMember(@Arg('input', () => RemoveOrganizationMemberInput) input: RemoveOrganizationMemberInput, @Ctx() ctx: GraphQLContext) {
    await staffChangeMembership(teamRepositoriesOf(ctx), ctx.viewer!, 'ORGANIZATION', {
      membershipId: idOf(input.membershipId, 'membershipId'),
      role: null,
      comment: input.comment,
      auditOrganizationOf: async (organizationId) => organizationId,
    });
    return true;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: '"Activez ou récupérez votre espace": sends an administrator invitation to the school\'s official address.',
  })
  requestOrganizationActivation(@Arg('input', () => OrganizationActivationInput) input: OrganizationActivationInput, @Ctx() ctx: GraphQLContext) {
    return requestOrganizationActivation(teamRepositoriesOf(ctx), ctx.services.iam, input, ctx.address);
  }

  @LoggedIn()
  @Mutation(() => MembershipView, { description: 'Joins the organisation of an invitation (single use).' })
  async acceptOrganizationInvitation(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext) {
    return toMembershipView(await acceptOrganizationInvitation(teamRepositoriesOf(ctx), ctx.services.iam, { userId: ctx.viewer!.userId, code }));
  }
}

/** Organization.memberships (declared in api/src/graphql). */
export async function membershipsOfOrganization(ctx: GraphQLContext, organizationId: number): Promise<MembershipView[]> {
  return (await ctx.loaders.team.membershipsByOrganization.load(organizationId)).map(toMembershipView);
}

/** User.memberships (declared in api/src/graphql): the organisations this account belongs to (its owner and the platform team). */
export async function membershipsOfUser(ctx: GraphQLContext, userId: number): Promise<MembershipView[]> {
  if (ctx.viewer?.userId !== userId && !isStaff(ctx)) throw new ForbiddenError();
  return (await ctx.loaders.team.membershipsByUser.load(userId)).map(toMembershipView);
}
