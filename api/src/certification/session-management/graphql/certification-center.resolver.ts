import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { sessionManagementOf } from './session-management-repositories-of';
import { LoggedIn, Public, Staff } from '../../../graphql/access';
import { PlatformRole } from '../../../identity-access-management';
import { ConnectionArgs, pageWindow, toConnection } from '../../../shared/graphql/pagination';
import {
  acceptCenterInvitation,
  addCertificationCenterMember,
  cancelCenterInvitation,
  centerMembers,
  changeCenterMembership,
  inviteCenterMembers,
  pendingCenterInvitations,
  previewCenterInvitation,
  resendCenterInvitation,
} from '../application/center-team.usecases';
import { createCertificationCenter } from '../application/create-certification-center.usecase';
import { getCertificationCenter, listSessionsOfCenter } from '../application/certification-sessions.usecases';
import { teamOf } from './center-team-repositories';
import { idOf, toCenterInvitationView, toCenterMembershipView, toCenterView, toSessionView } from './session-management.mappers';
import {
  AddCertificationCenterMemberInput,
  CertificationCenterInvitationPreviewView,
  CertificationCenterInvitationView,
  CertificationCenterMembershipView,
  CertificationCenterRoleValue,
  CertificationCenterView,
  CertificationSessionConnection,
  CreateCertificationCenterInput,
} from './session-management.types';

/** Centres and their teams (Pix Certif's "Équipe"), and the staff's operations on them. */
@Resolver(() => CertificationCenterView)
export class CertificationCenterResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.CERTIF)
  @Mutation(() => CertificationCenterView, { description: "Creates a certification centre (platform team; a SCO centre is the school's of the same UAI; audited)." })
  async createCertificationCenter(@Arg('input', () => CreateCertificationCenterInput) input: CreateCertificationCenterInput, @Ctx() ctx: GraphQLContext) {
    return toCenterView(await createCertificationCenter(sessionManagementOf(ctx), ctx.viewer!, input), null);
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.CERTIF)
  @Mutation(() => CertificationCenterMembershipView, { description: 'Adds an existing account to a centre with a role, or changes its role (platform team; audited).' })
  async addCertificationCenterMember(@Arg('input', () => AddCertificationCenterMemberInput) input: AddCertificationCenterMemberInput, @Ctx() ctx: GraphQLContext) {
    const { membership, center } = await addCertificationCenterMember(sessionManagementOf(ctx), teamOf(ctx), ctx.viewer!, {
      certificationCenterId: idOf(input.certificationCenterId, 'certificationCenterId'),
      email: input.email,
      role: input.role,
      comment: input.comment,
    });
    return toCenterMembershipView(membership, center);
  }

  @LoggedIn()
  @Query(() => CertificationCenterView, { description: 'A certification centre (its members and the platform team).' })
  async certificationCenter(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CertificationCenterView> {
    const { center, role } = await getCertificationCenter(sessionManagementOf(ctx), ctx.viewer!, idOf(id, 'id'));
    return toCenterView(center, role);
  }

  @FieldResolver(() => CertificationSessionConnection, { description: "The centre's sessions, most recent date first." })
  async sessions(@Root() center: CertificationCenterView, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: GraphQLContext) {
    const window = pageWindow(args);
    const { rows, totalCount, center: row, role } = await listSessionsOfCenter(sessionManagementOf(ctx), ctx.viewer!, center.centerId, window);
    return toConnection(
      rows.map((s) => toSessionView(s, row, role, ctx.locale)),
      totalCount,
      window.offset,
    );
  }

  @FieldResolver(() => [CertificationCenterMembershipView], { description: "The centre's members (its members and the platform team)." })
  async members(@Root() center: CertificationCenterView, @Ctx() ctx: GraphQLContext) {
    const rows = await centerMembers(sessionManagementOf(ctx), ctx.viewer!, center.centerId, (id) => ctx.loaders.team.centerMembershipsByCenter.load(id));
    return rows.map((row) => toCenterMembershipView(row, null));
  }

  @FieldResolver(() => [CertificationCenterInvitationView], { description: 'Pending invitations (administrators of the centre and the support team).' })
  async invitations(@Root() center: CertificationCenterView, @Ctx() ctx: GraphQLContext) {
    return (await pendingCenterInvitations(teamOf(ctx), { clock: ctx.clock }, ctx.viewer!, center.centerId)).map(toCenterInvitationView);
  }

  @LoggedIn()
  @Mutation(() => [CertificationCenterInvitationView], { description: 'Invites people by e-mail to a centre (its administrators).' })
  async inviteCertificationCenterMembers(
    @Arg('certificationCenterId', () => ID) certificationCenterId: string,
    @Arg('emails', () => [String]) emails: string[],
    @Arg('role', () => CertificationCenterRoleValue, { nullable: true }) role: CertificationCenterRoleValue | undefined,
    @Ctx() ctx: GraphQLContext,
  ) {
    const rows = await inviteCenterMembers(teamOf(ctx), ctx.services.iam, ctx.viewer!, {
      centerId: idOf(certificationCenterId, 'certificationCenterId'),
      emails,
      role: role ?? CertificationCenterRoleValue.MEMBER,
    });
    return rows.map(toCenterInvitationView);
  }

  @LoggedIn()
  @Mutation(() => CertificationCenterInvitationView, { description: 'Sends a pending invitation to a centre again, with a new expiry.' })
  async resendCertificationCenterInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: GraphQLContext) {
    return toCenterInvitationView(await resendCenterInvitation(teamOf(ctx), ctx.services.iam, ctx.viewer!, idOf(invitationId, 'invitationId')));
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Cancels a pending invitation to a centre.' })
  cancelCertificationCenterInvitation(@Arg('invitationId', () => ID) invitationId: string, @Ctx() ctx: GraphQLContext) {
    return cancelCenterInvitation(teamOf(ctx), { clock: ctx.clock }, ctx.viewer!, idOf(invitationId, 'invitationId'));
  }

  @Public()
  @Query(() => CertificationCenterInvitationPreviewView, { description: 'The centre and role of an invitation code (join page).' })
  async certificationCenterInvitation(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext) {
    const preview = await previewCenterInvitation(teamOf(ctx), { clock: ctx.clock }, code);
    return Object.assign(new CertificationCenterInvitationPreviewView(), { certificationCenterName: preview.teamName, role: preview.role });
  }

  @LoggedIn()
  @Mutation(() => CertificationCenterMembershipView, { description: 'Joins the centre of an invitation (single use).' })
  async acceptCertificationCenterInvitation(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext) {
    return toCenterMembershipView(await acceptCenterInvitation(teamOf(ctx), ctx.services.iam, { userId: ctx.viewer!.userId, code }), null);
  }

  @LoggedIn()
  @Mutation(() => CertificationCenterMembershipView, { description: "Changes a centre member's role (administrators); at least one administrator remains." })
  async updateCertificationCenterMembershipRole(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('role', () => CertificationCenterRoleValue) role: CertificationCenterRoleValue,
    @Ctx() ctx: GraphQLContext,
  ) {
    const row = (await changeCenterMembership(teamOf(ctx), ctx.viewer!, { membershipId: idOf(membershipId, 'membershipId'), role }))!;
    return toCenterMembershipView(row, null);
  }

  @LoggedIn()
  @Mutation(() => Boolean, { description: 'Removes a centre member (administrators), or leaves (the member); at least one administrator remains.' })
  async removeCertificationCenterMembership(@Arg('membershipId', () => ID) membershipId: string, @Ctx() ctx: GraphQLContext) {
    await changeCenterMembership(teamOf(ctx), ctx.viewer!, { membershipId: idOf(membershipId, 'membershipId'), role: null });
    return true;
  }
}
