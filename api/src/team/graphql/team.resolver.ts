import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Public } from '../../graphql/access';
import { BadUserInputError, ForbiddenError } from '../../shared/domain/errors';

import { MembershipRoleValue, MembershipView } from './membership.types';
import type { InvitationRow } from '../domain/team';
import { cancelInvitation } from '../application/cancel-invitation.usecase';
import { changeMembership } from '../application/change-membership.usecase';
import { inviteMembers } from '../application/invite-members.usecase';
import { listPendingInvitations } from '../application/list-pending-invitations.usecase';
import { previewInvitation } from '../application/preview-invitation.usecase';
import { resendInvitation } from '../application/resend-invitation.usecase';
import { teamRepositoriesOf } from './team-repositories-of';

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

export const toInvitationView = (row: InvitationRow): OrganizationInvitationView =>
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

@Resolver()
export class TeamResolver {
  @Public()
  @Query(() => InvitationPreviewView, { description: 'The organisation and role of an invitation code (join page).' })
  async organizationInvitation(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext): Promise<InvitationPreviewView> {
    const preview = await previewInvitation(teamRepositoriesOf(ctx), ctx.services.iam, 'ORGANIZATION', code);
    return Object.assign(new InvitationPreviewView(), { organizationName: preview.teamName, role: preview.role });
  }

  @LoggedIn()
  @Mutation(() => [OrganizationInvitationView], { description: 'Invites people by e-mail (administrators of the organisation).' })
  async inviteMembers(
    @Arg('organizationId', () => ID) organizationId: string,
    @Arg('emails', () => [String]) emails: string[],
    @Arg('role', () => MembershipRoleValue, { nullable: true }) role: MembershipRoleValue | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrganizationInvitationView[]> {
    const rows = await inviteMembers(teamRepositoriesOf(ctx), ctx.services.iam, ctx.viewer!, 'ORGANIZATION', {
      teamId: idOf(organizationId, 'organizationId'),
      emails,
      role: role ?? MembershipRoleValue.MEMBER,
    });
    return rows.map(toInvitationView);
  }

  @LoggedIn()
  @Mutation(() => OrganizationInvitationView, { description: 'Sends a pending invitation again, with a new expiry.' })
  async resendInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: GraphQLContext) {
    return toInvitationView(await resendInvitation(teamRepositoriesOf(ctx), ctx.services.iam, ctx.viewer!, 'ORGANIZATION', idOf(invitationId, 'invitationId')));
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Cancels a pending invitation.' })
  cancelInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: GraphQLContext) {
    return cancelInvitation(teamRepositoriesOf(ctx), ctx.services.iam, ctx.viewer!, 'ORGANIZATION', idOf(invitationId, 'invitationId'));
  }

  @LoggedIn()
  @Mutation(() => MembershipView, { description: 'Changes the role of a member (administrators); at least one administrator remains.' })
  async updateMembershipRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => MembershipRoleValue) role: MembershipRoleValue,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MembershipView> {
    const row = (await changeMembership(teamRepositoriesOf(ctx), ctx.viewer!, 'ORGANIZATION', { membershipId: idOf(membershipId, 'membershipId'), role }))!;
    return Object.assign(new MembershipView(), { id: String(row.id), role: row.role as MembershipRoleValue, organizationId: row.teamId, userId: row.userId });
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Removes a member (administrators), or leaves (the member); at least one administrator remains.' })
  async removeMembership(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await changeMembership(teamRepositoriesOf(ctx), ctx.viewer!, 'ORGANIZATION', { membershipId: idOf(membershipId, 'membershipId'), role: null });
    return true;
  }
}

/** Organization.viewerRole (declared in api/src/graphql): the viewer's role in this organisation (null for the support team). */
export async function viewerRoleIn(ctx: GraphQLContext, organizationId: number): Promise<MembershipRoleValue | null> {
  const memberships = await ctx.loaders.team.membershipsByUser.load(ctx.viewer!.userId);
  const mine = memberships.find((m) => m.organizationId === organizationId);
  return mine ? (mine.role as MembershipRoleValue) : null;
}

/** Organization.invitations (declared in api/src/graphql): pending invitations (administrators and the support team). */
export async function pendingInvitationsOf(ctx: GraphQLContext, organizationId: number): Promise<OrganizationInvitationView[]> {
  const viewer = ctx.viewer;
  if (!viewer) throw new ForbiddenError();
  return (await listPendingInvitations(teamRepositoriesOf(ctx), { clock: ctx.clock }, viewer, 'ORGANIZATION', organizationId)).map(toInvitationView);
}
