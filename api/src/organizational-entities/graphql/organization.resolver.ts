import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { BadUserInputError } from '../../shared/domain/errors';
import { createOrganization } from '../application/create-organization.usecase';
import { getOrganization } from '../application/get-organization.usecase';
import type { OrganizationRow } from '../domain/organization-rules';
import { CreateOrganizationInput, OrganizationTypeValue, OrganizationView } from './organization.types';

const STAFF = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

export const toOrganizationView = (row: OrganizationRow): OrganizationView =>
  Object.assign(new OrganizationView(), {
    id: String(row.id),
    organizationId: row.id,
    name: row.name,
    type: row.type as OrganizationTypeValue,
    uai: row.uai,
    isManagingStudents: row.isManagingStudents,
  });

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

const isStaff = (ctx: GraphQLContext) => !!ctx.viewer?.platformRole && STAFF.includes(ctx.viewer.platformRole);

@Resolver(() => OrganizationView)
export class OrganizationResolver {
  @LoggedIn()
  @Query(() => OrganizationView, { description: 'An organisation, for its members and the support team.' })
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<OrganizationView> {
    // The viewer's memberships stay in the request's loader for the fields' own checks.
    const viewerOrganizationIds = isStaff(ctx)
      ? null
      : ctx.loaders.team.membershipsByUser.load(ctx.viewer!.userId).then((memberships) => memberships.map((m) => m.organizationId));
    return toOrganizationView(await getOrganization(ctx.em, { organizationId: idOf(id, 'id'), viewerOrganizationIds }));
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => OrganizationView, { description: 'Creates an organisation (platform team; recorded in the audit log).' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    return toOrganizationView(await createOrganization(ctx.em, { clock: ctx.clock }, ctx.viewer!, input));
  }
}

