import { Args, ArgsType, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { Connection, ConnectionArgs, pageWindow, toConnection } from '../../shared/graphql/pagination';
import { PlatformRole } from '../domain/platform-role';
import { iamRepositories } from '../application/iam-repositories';
import { searchUsers } from '../application/search-users.usecase';
import { UserType } from './user.type';

@ObjectType()
export class UserConnection extends Connection(UserType, 'User') {}

@InputType({ description: 'What the list of accounts is searched by.' })
class UsersFilter {
  @Field(() => String, { nullable: true, description: 'Words of a name, e-mail or username (every word must be found; case and accents do not count).' })
  search?: string | null;
}

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, e-mail or username (the same as filter.search; kept for older clients).' })
  search?: string;

  @Field(() => UsersFilter, { nullable: true })
  filter?: UsersFilter | null;
}

@Resolver()
export class StaffUsersResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Query(() => UserConnection, { description: 'Accounts, sorted by name, for the support team (SUPER_ADMIN, SUPPORT).' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: GraphQLContext): Promise<UserConnection> {
    const { limit, offset } = pageWindow(args);
    const { users, totalCount } = await searchUsers(iamRepositories(ctx.em, ctx.services.iam), { search: args.filter?.search ?? args.search, limit, offset });
    return toConnection(users.map(UserType.from), totalCount, offset) as UserConnection;
  }
}
