import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Public } from '../../graphql/access';
import { BadUserInputError, DomainError, ErrorCode, ForbiddenError } from '../../shared/domain/errors';

import { OrganizationView } from '../../organizational-entities';
import { MembershipRoleValue, MembershipView } from './membership.types';
import type { InvitationRow } from '../infrastructure/invitation.repository';
import {
  assertOrganizationAdminOrSupportReader,
  cancelInvitation,
  changeMembership,
  invitationByCode,
  inviteMembers,
  pendingInvitationsOf,
  resendInvitation,
} from '../application/team-management.usecases';

@ObjectType('OrganizationInvitation', { simpleResolvers: true })
export class OrganizationInvitationView {
  @Field(() => ID) id!: string;
  @Field(() => String) email!: string;
  @Field(() => MembershipRoleValue) role!: MembershipRoleValue;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
}

@ObjectType('InvitationPreview', { simpleResolvers: true, description: 'What a join page shows before accepting.' })
export class InvitationPreviewView {
  @Field(() => String) organizationName!: string;
  @Field(() => MembershipRoleValue) role!: MembershipRoleValue;
}

const toInvitationView = (row: InvitationRow): OrganizationInvitationView =>
  Object.assign(new OrganizationInvitationView(), {
    id: String(row.id),
    email: row.email,
    role: row.role as MembershipRoleValue,
    createdAt: row.createdAt ?? row.expiresAt,
    expiresAt: row.expiresAt,
  });

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

@Resolver(() => OrganizationView)
export class TeamResolver {
  @Public()
  @Query(() => InvitationPreviewView, { description: 'The organisation and role of an invitation code (join page).' })
  async organizationInvitation(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<InvitationPreviewView> {
    const preview = await invitationByCode(ctx.em, ctx.services.iam, code);
    if (!preview) throw new DomainError(ErrorCode.INVITATION_INVALID, 'errors.invitationInvalid');
    return Object.assign(new InvitationPreviewView(), preview);
  }

  @LoggedIn()
  @Mutation(() => [OrganizationInvitationView], { description: 'Invites people by e-mail (administrators of the organisation).' })
  async inviteMembers(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('emails', () => [String]) emails: string[],
    @Arg('role', () => MembershipRoleValue, { nullable: true }) role: MembershipRoleValue | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationInvitationView[]> {
    const rows = await inviteMembers(ctx.em, ctx.services.iam, ctx.viewer!, {
      organizationId: idOf(organizationId, 'organizationId'),
      emails,
      role: role ?? MembershipRoleValue.MEMBER,
    });
    return rows.map(toInvitationView);
  }

  @LoggedIn()
  @Mutation(() => OrganizationInvitationView, { description: 'Sends a pending invitation again, with a new expiry.' })
  async resendInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: GraphQLContext) {
    return toInvitationView(await resendInvitation(ctx.em, ctx.services.iam, ctx.viewer!, idOf(invitationId, 'invitationId')));
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Cancels a pending invitation.' })
  cancelInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: GraphQLContext) {
    return cancelInvitation(ctx.em, ctx.services.iam, ctx.viewer!, idOf(invitationId, 'invitationId'));
  }

  @LoggedIn()
  @Mutation(() => MembershipView, { description: 'Changes the role of a member (administrators); at least one administrator remains.' })
  async updateMembershipRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => MembershipRoleValue) role: MembershipRoleValue,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MembershipView> {
    const row = (await changeMembership(ctx.em, ctx.viewer!, { membershipId: idOf(membershipId, 'membershipId'), role }))!;
    return Object.assign(new MembershipView(), { id: String(row.id), role: row.role as MembershipRoleValue, organizationId: row.organizationId, userId: row.userId });
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Removes a member (administrators), or leaves (the member); at least one administrator remains.' })
  async removeMembership(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await changeMembership(ctx.em, ctx.viewer!, { membershipId: idOf(membershipId, 'membershipId'), role: null });
    return true;
  }

  @FieldResolver(() => MembershipRoleValue, { nullable: true, description: "The viewer's role in this organisation (null for the support team)." })
  async viewerRole(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<MembershipRoleValue | null> {
    const memberships = await ctx.loaders.team.membershipsByUser.load(ctx.viewer!.userId);
    const mine = memberships.find((m) => m.organizationId === organization.organizationId);
    return mine ? (mine.role as MembershipRoleValue) : null;
  }

  @FieldResolver(() => [OrganizationInvitationView], { description: 'Pending invitations (administrators and the support team).' })
  async invitations(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<OrganizationInvitationView[]> {
    const viewer = ctx.viewer;
    if (!viewer) throw new ForbiddenError();
    await assertOrganizationAdminOrSupportReader(ctx.em, viewer, organization.organizationId);
    return (await pendingInvitationsOf(ctx.em, organization.organizationId, ctx.clock.now())).map(toInvitationView);
  }
}

