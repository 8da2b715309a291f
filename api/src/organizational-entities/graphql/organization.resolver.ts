import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { LoggedIn, Staff } from '../../graphql/access';
import { PlatformRole } from '../../identity-access-management';
import { BadUserInputError } from '../../shared/domain/errors';
import { ConnectionArgs, pageWindow, toConnection } from '../../shared/graphql/pagination';
import { archiveOrganization } from '../application/archive-organization.usecase';
import { createOrganization } from '../application/create-organization.usecase';
import { getOrganization } from '../application/get-organization.usecase';
import { organizationRepositories } from '../application/organization-repositories';
import { listTags, searchOrganizations } from '../application/search-organizations.usecase';
import { updateOrganization } from '../application/update-organization.usecase';
import type { OrganizationRow } from '../domain/organization-rules';
import type { Tag } from '../domain/organization-search';
import {
  CreateOrganizationInput,
  OrganizationConnection,
  OrganizationsFilter,
  OrganizationTypeValue,
  OrganizationView,
  TagView,
  UpdateOrganizationInput,
} from './organization.types';

const STAFF = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

export const toOrganizationView = (row: OrganizationRow): OrganizationView =>
  Object.assign(new OrganizationView(), {
    id: String(row.id),
    organizationId: row.id,
    name: row.name,
    type: row.type as OrganizationTypeValue,
    uai: row.uai,
    isManagingStudents: row.isManagingStudents,
    email: row.email,
    provinceCode: row.provinceCode,
    externalId: row.externalId,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
  });

const toTagView = (tag: Tag): TagView => Object.assign(new TagView(), { id: String(tag.id), name: tag.name });

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

const idsOf = (values: readonly string[] | null | undefined, field: string) => (values == null ? values : values.map((value) => idOf(value, field)));

/** The organisation use cases' repositories, on the request's entity manager. */
const repositoriesOf = (ctx: GraphQLContext) => organizationRepositories(ctx.em, { clock: ctx.clock, archival: ctx.services.organizationArchival });

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
    return toOrganizationView(await getOrganization(repositoriesOf(ctx), { organizationId: idOf(id, 'id'), viewerOrganizationIds }));
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.METIER, PlatformRole.CERTIF)
  @Query(() => OrganizationConnection, { description: 'Pix Admin: organisations in French order of names, searched and filtered (platform team).' })
  async organizations(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OrganizationsFilter, { nullable: true }) filter: OrganizationsFilter | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const window = pageWindow(args);
    const { rows, totalCount } = await searchOrganizations(repositoriesOf(ctx), { filter: filter && { ...filter, tagIds: idsOf(filter.tagIds, 'tagIds') }, ...window });
    return toConnection(rows.map(toOrganizationView), totalCount, window.offset);
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT, PlatformRole.METIER, PlatformRole.CERTIF)
  @Query(() => [TagView], { description: 'Every tag of organisations, in French order (platform team).' })
  async tags(@Ctx() ctx: GraphQLContext): Promise<TagView[]> {
    return (await listTags(repositoriesOf(ctx))).map(toTagView);
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => OrganizationView, { description: 'Creates an organisation (platform team; recorded in the audit log).' })
  async createOrganization(@Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    return toOrganizationView(await createOrganization(repositoriesOf(ctx), ctx.viewer!, { ...input, tagIds: idsOf(input.tagIds, 'tagIds') }));
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => OrganizationView, { description: "Edits an organisation's details and tags (platform team; recorded in the audit log)." })
  async updateOrganization(@Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput, @Ctx() ctx: GraphQLContext) {
    const { id, tagIds, ...changes } = input;
    return toOrganizationView(
      await updateOrganization(repositoriesOf(ctx), { clock: ctx.clock }, ctx.viewer!, { ...changes, organizationId: idOf(id, 'id'), tagIds: idsOf(tagIds, 'tagIds') }),
    );
  }

  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Mutation(() => OrganizationView, {
    description: 'Archives an organisation: its campaigns are archived, its members can no longer act in it (platform team; recorded in the audit log).',
  })
  async archiveOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    return toOrganizationView(
      await archiveOrganization(repositoriesOf(ctx), { clock: ctx.clock }, ctx.viewer!, { organizationId: idOf(id, 'id'), comment }),
    );
  }
}

/** Organisation.tags: one statement for a whole page of organisations. */
@Resolver(() => OrganizationView)
export class OrganizationTagsResolver {
  @FieldResolver(() => [TagView], { description: "The organisation's tags." })
  async tags(@Root() organization: OrganizationView, @Ctx() ctx: GraphQLContext): Promise<TagView[]> {
    return (await ctx.loaders.organizations.tagsByOrganization.load(organization.organizationId)).map(toTagView);
  }
}
