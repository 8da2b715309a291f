import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../../graphql/context';
import { Staff } from '../../../graphql/access';
import { PlatformRole } from '../../../identity-access-management';
import { BadUserInputError } from '../../../shared/domain/errors';
import { ConnectionArgs, pageWindow, toConnection } from '../../../shared/graphql/pagination';
import {
  attachTargetProfile,
  copyTargetProfile,
  createTargetProfile,
  detachTargetProfile,
  getTargetProfileForStaff,
  searchTargetProfiles,
  updateTargetProfile,
} from '../application/target-profile-administration.usecases';
import { targetProfileRepositories } from '../application/target-profile-repositories';
import { toAdminView, toBuilderFramework, toListItemView } from './target-profile-admin.mappers';
import {
  AdminTargetProfileConnection,
  AdminTargetProfilesFilter,
  AdminTargetProfileView,
  BuilderCompetenceView,
  CreateTargetProfileInput,
  TargetProfileOrganizationsInput,
  UpdateTargetProfileInput,
} from './target-profile-admin.types';

/** The content team acts; the support team reads. */
const ACTORS = [PlatformRole.SUPER_ADMIN, PlatformRole.METIER];
const READERS = [...ACTORS, PlatformRole.SUPPORT];

function idOf(value: string, field: string): number {
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0 || id > 2147483647) throw new BadUserInputError(field, 'errors.notFound');
  return id;
}

const deps = (ctx: GraphQLContext) => ({ content: ctx.services.content.get() });
const repositoriesOf = (ctx: GraphQLContext) => targetProfileRepositories(ctx.em, ctx.clock);

@Resolver()
export class TargetProfileAdminResolver {
  @Staff(...READERS)
  @Query(() => AdminTargetProfileConnection, { description: 'Pix Admin: parcours in French order of names, searched by name or id and filtered by category.' })
  async adminTargetProfiles(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AdminTargetProfilesFilter, { nullable: true }) filter: AdminTargetProfilesFilter | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const window = pageWindow(args);
    const { rows, totalCount } = await searchTargetProfiles(repositoriesOf(ctx), filter ?? {}, window);
    return toConnection(rows.map((row) => toListItemView(row, ctx.locale)), totalCount, window.offset);
  }

  @Staff(...READERS)
  @Query(() => AdminTargetProfileView, { description: 'Pix Admin: a parcours, its tubes and skills, the organisations it is attached to and the campaigns using it.' })
  async adminTargetProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return toAdminView(await getTargetProfileForStaff(repositoriesOf(ctx), idOf(id, 'id')), ctx.services.content.get(), ctx.locale);
  }

  @Staff(...READERS)
  @Query(() => [BuilderCompetenceView], { description: 'Pix Admin: the competences, their tubes and active skills, to build a parcours.' })
  targetProfileBuilderFramework(@Ctx() ctx: GraphQLContext) {
    return toBuilderFramework(ctx.services.content.get(), ctx.locale);
  }

  @Staff(...ACTORS)
  @Mutation(() => AdminTargetProfileView, { description: 'Creates a parcours (content team; recorded in the audit log).' })
  async createTargetProfile(@Arg('input', () => CreateTargetProfileInput) input: CreateTargetProfileInput, @Ctx() ctx: GraphQLContext) {
    const ownerOrganizationId = input.ownerOrganizationId ? idOf(input.ownerOrganizationId, 'ownerOrganizationId') : null;
    const id = await createTargetProfile(repositoriesOf(ctx), deps(ctx), ctx.viewer!, { ...input, ownerOrganizationId });
    return this.adminTargetProfile(String(id), ctx);
  }

  @Staff(...ACTORS)
  @Mutation(() => AdminTargetProfileView, { description: 'Copies a parcours (same tubes and details, attached to nothing; content team; recorded in the audit log).' })
  async copyTargetProfile(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext) {
    return this.adminTargetProfile(String(await copyTargetProfile(repositoriesOf(ctx), ctx.viewer!, idOf(id, 'id'))), ctx);
  }

  @Staff(...ACTORS)
  @Mutation(() => AdminTargetProfileView, { description: 'Edits a parcours; one used by a campaign may gain skills, never lose any (content team; recorded in the audit log).' })
  async updateTargetProfile(@Arg('input', () => UpdateTargetProfileInput) input: UpdateTargetProfileInput, @Ctx() ctx: GraphQLContext) {
    await updateTargetProfile(repositoriesOf(ctx), deps(ctx), ctx.viewer!, { ...input, id: idOf(input.id, 'id') });
    return this.adminTargetProfile(input.id, ctx);
  }

  @Staff(...ACTORS)
  @Mutation(() => AdminTargetProfileView, { description: 'Offers a parcours to organisations (content team; recorded in each one’s audit log).' })
  async attachTargetProfileToOrganizations(@Arg('input', () => TargetProfileOrganizationsInput) input: TargetProfileOrganizationsInput, @Ctx() ctx: GraphQLContext) {
    const targetProfileId = idOf(input.targetProfileId, 'targetProfileId');
    await attachTargetProfile(repositoriesOf(ctx), ctx.viewer!, { targetProfileId, organizationIds: input.organizationIds.map((id) => idOf(id, 'organizationIds')) });
    return this.adminTargetProfile(input.targetProfileId, ctx);
  }

  @Staff(...ACTORS)
  @Mutation(() => AdminTargetProfileView, { description: 'Withdraws a parcours from organisations; their campaigns stay (content team; recorded in the audit log).' })
  async detachTargetProfileFromOrganizations(@Arg('input', () => TargetProfileOrganizationsInput) input: TargetProfileOrganizationsInput, @Ctx() ctx: GraphQLContext) {
    const targetProfileId = idOf(input.targetProfileId, 'targetProfileId');
    await detachTargetProfile(repositoriesOf(ctx), ctx.viewer!, { targetProfileId, organizationIds: input.organizationIds.map((id) => idOf(id, 'organizationIds')) });
    return this.adminTargetProfile(input.targetProfileId, ctx);
  }
}
