import { Args, ArgsType, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { Connection, ConnectionArgs, pageWindow, toConnection } from '../../shared/graphql/pagination';
import { PlatformRole } from '../domain/platform-role';
import { searchUsers } from '../application/search-users.usecase';
import { UserType } from './user.type';

@ObjectType()
export class UserConnection extends Connection(UserType, 'User') {}

@ArgsType()
class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of a name, e-mail or username.' })
  search?: string;
}

@Resolver()
export class StaffUsersResolver {
  @Staff(PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT)
  @Query(() => UserConnection, { description: 'Accounts, for the support team (SUPER_ADMIN, SUPPORT).' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: GraphQLContext): Promise<UserConnection> {
    const { limit, offset } = pageWindow(args);
    const { users, totalCount } = await searchUsers(ctx.em, { search: args.search, limit, offset });
    return toConnection(users.map(UserType.from), totalCount, offset) as UserConnection;
  }
}
