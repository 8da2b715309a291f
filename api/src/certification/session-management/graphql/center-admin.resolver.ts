import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { sessionManagementOf } from './session-management-repositories-of';
import { Staff } from '../../../graphql/access';
import { PlatformRole } from '../../../identity-access-management';
import { ConnectionArgs, pageWindow, toConnection } from '../../../shared/graphql/pagination';
import { archiveCertificationCenter, searchCertificationCenters, staffChangeCenterMember, updateCertificationCenter } from '../application/center-admin.usecases';
import { schoolOfCenter } from '../application/create-certification-center.usecase';
import type { CertificationCenterType } from '../domain/certification-center';
import {
  CertificationCenterConnection,
  CertificationCenterSchoolView,
  CertificationCentersFilter,
  ChangeCertificationCenterMemberRoleInput,
  RemoveCertificationCenterMemberInput,
  UpdateCertificationCenterInput,
} from './center-admin.types';
import { teamOf } from './center-team-repositories';
import { idOf, toCenterMembershipView, toCenterView } from './session-management.mappers';
import { CertificationCenterMembershipView, CertificationCenterView } from './session-management.types';

const { SUPER_ADMIN, SUPPORT, CERTIF } = PlatformRole;

/** Pix Admin: the platform team's list of centres and its named, audited operations on them. */
@Resolver()
export class CertificationCenterAdminResolver {
  @Staff(SUPER_ADMIN, SUPPORT, CERTIF)
  @Query(() => CertificationCenterConnection, { description: 'Pix Admin: centres in French order of names, searched and filtered (platform team).' })
  async certificationCenters(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CertificationCentersFilter, { nullable: true }) filter: CertificationCentersFilter | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const window = pageWindow(args);
    const { rows, totalCount } = await searchCertificationCenters(sessionManagementOf(ctx), { filter, ...window });
    return toConnection(rows.map((row) => toCenterView(row, null)), totalCount, window.offset);
  }

  @Staff(SUPER_ADMIN, SUPPORT, CERTIF)
  @Mutation(() => CertificationCenterView, { description: "Edits a centre's name, type, UAI, external id (platform team; audited)." })
  async updateCertificationCenter(@Arg('input', () => UpdateCertificationCenterInput) input: UpdateCertificationCenterInput, @Ctx() ctx: GraphQLContext) {
    const { id, ...changes } = input;
    return toCenterView(await updateCertificationCenter(sessionManagementOf(ctx), { clock: ctx.clock }, ctx.viewer!, { ...changes, centerId: idOf(id, 'id') }), null);
  }

  @Staff(SUPER_ADMIN, SUPPORT, CERTIF)
  @Mutation(() => CertificationCenterView, { description: 'Archives a centre: its members can no longer act in it; its sessions stay (platform team; audited).' })
  async archiveCertificationCenter(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toCenterView(await archiveCertificationCenter(sessionManagementOf(ctx), { clock: ctx.clock }, ctx.viewer!, { centerId: idOf(id, 'id'), comment }), null);
  }

  @Staff(SUPER_ADMIN, SUPPORT, CERTIF)
  @Mutation(() => CertificationCenterMembershipView, { description: "Changes a centre member's role (platform team; the last administrator stays; audited)." })
  async changeCertificationCenterMemberRole(
    @Arg('input', () => ChangeCertificationCenterMemberRoleInput) input: ChangeCertificationCenterMemberRoleInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    const row = await staffChangeCenterMember(sessionManagementOf(ctx), teamOf(ctx), ctx.viewer!, { membershipId: idOf(input.membershipId, 'membershipId'), role: input.role, comment: input.comment });
    return toCenterMembershipView(row!, null);
  }

  @Staff(SUPER_ADMIN, SUPPORT, CERTIF)
  @Mutation(() => Boolean, { description: 'Removes a centre member (platform team; the last administrator stays; audited).' })
  async removeCertificationCenterMember(@Arg('input', () => RemoveCertificationCenterMemberInput) input: RemoveCertificationCenterMemberInput, @Ctx() ctx: GraphQLContext) {
    await staffChangeCenterMember(sessionManagementOf(ctx), teamOf(ctx), ctx.viewer!, { membershipId: idOf(input.membershipId, 'membershipId'), role: null, comment: input.comment });
    return true;
  }
}

/** CertificationCenter.school: whom a SCO centre belongs to (Pix Admin shows it on the centre's page). */
@Resolver(() => CertificationCenterView)
export class CertificationCenterSchoolResolver {
  @FieldResolver(() => CertificationCenterSchoolView, { nullable: true, description: "A SCO centre's school (the active organisation with the same UAI); null otherwise." })
  async school(@Root() center: CertificationCenterView, @Ctx() ctx: GraphQLContext): Promise<CertificationCenterSchoolView | null> {
    const school = await schoolOfCenter(sessionManagementOf(ctx), { id: center.centerId, name: center.name, type: center.type as string as CertificationCenterType, uai: center.uai, externalId: center.externalId });
    return school && Object.assign(new CertificationCenterSchoolView(), { id: String(school.id), name: school.name });
  }
}
