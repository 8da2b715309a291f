import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Staff } from '../../graphql/access';
import { PlatformRole, type Viewer } from '../../identity-access-management';
import { anonymizeUser, removeLoginMethod, sendPasswordResetEmail, unblockUser, userOverview } from '../application/user-administration.usecases';
import { userAdministrationRepositories } from '../application/user-administration-repositories';
import { toAdminUserView } from './user-administration.mappers';
import { AdminUserView, AnonymizeUserInput, RemoveLoginMethodInput, SendPasswordResetEmailInput, UnblockUserArgs } from './user-administration.types';

/** Reads for the platform's support team; the actions are the support team's (SUPER_ADMIN, SUPPORT), each audited. */
const READERS = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];
const SUPPORT_ACTIONS = [PlatformRole.SUPER_ADMIN, PlatformRole.SUPPORT];

/** The support team's repositories of this request. */
const repositoriesOf = (ctx: GraphQLContext) => userAdministrationRepositories(ctx.em, ctx.services.iam.clock);

const idOf = (value: string) => (/^\d{1,9}$/.test(value) ? Number(value) : 0);

@Resolver()
export class UserAdministrationResolver {
  private async overview(ctx: GraphQLContext, userId: number): Promise<AdminUserView> {
    return toAdminUserView(await userOverview(repositoriesOf(ctx), ctx.services.iam, userId));
  }

  @Staff(...READERS)
  @Query(() => AdminUserView, { description: "An account, its login methods, organisations, centres, participations, certification courses and log-in throttle (SUPER_ADMIN, SUPPORT)." })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<AdminUserView> {
    return this.overview(ctx, idOf(id));
  }

  @Staff(...SUPPORT_ACTIONS)
  @Mutation(() => AdminUserView, { description: 'Ends the log-in throttle of an account: the person may log in again at once (SUPER_ADMIN, SUPPORT; audited).' })
  async unblockUser(@Args(() => UnblockUserArgs) args: UnblockUserArgs, @Ctx() ctx: GraphQLContext): Promise<AdminUserView> {
    await unblockUser(repositoriesOf(ctx), ctx.services.iam, ctx.viewer as Viewer, { userId: idOf(args.id), reason: args.reason });
    return this.overview(ctx, idOf(args.id));
  }

  @Staff(...SUPPORT_ACTIONS)
  @Mutation(() => AdminUserView, { description: 'Removes a login method of an account, never its last one (SUPER_ADMIN, SUPPORT; audited).' })
  async removeLoginMethod(@Arg('input', () => RemoveLoginMethodInput) input: RemoveLoginMethodInput, @Ctx() ctx: GraphQLContext): Promise<AdminUserView> {
    await removeLoginMethod(repositoriesOf(ctx), ctx.services.iam, ctx.viewer as Viewer, { userId: idOf(input.userId), method: input.method, reason: input.reason });
    return this.overview(ctx, idOf(input.userId));
  }

  @Staff(...SUPPORT_ACTIONS)
  @Mutation(() => AdminUserView, { description: "Sends the account's owner a password reset link by e-mail (SUPER_ADMIN, SUPPORT; audited)." })
  async sendPasswordResetEmail(@Arg('input', () => SendPasswordResetEmailInput) input: SendPasswordResetEmailInput, @Ctx() ctx: GraphQLContext): Promise<AdminUserView> {
    await sendPasswordResetEmail(repositoriesOf(ctx), ctx.services.iam, ctx.viewer as Viewer, { userId: idOf(input.userId), reason: input.reason });
    return this.overview(ctx, idOf(input.userId));
  }

  @Staff(...SUPPORT_ACTIONS)
  @Mutation(() => AdminUserView, { description: "Anonymises an account at its owner's request (GDPR): personal data replaced, results kept; not for staff nor oneself (SUPER_ADMIN, SUPPORT; audited)." })
  async anonymizeUser(@Arg('input', () => AnonymizeUserInput) input: AnonymizeUserInput, @Ctx() ctx: GraphQLContext): Promise<AdminUserView> {
    await anonymizeUser(repositoriesOf(ctx), ctx.services.iam, ctx.viewer as Viewer, { userId: idOf(input.userId), reason: input.reason });
    return this.overview(ctx, idOf(input.userId));
  }
}
