import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { toPayload } from '../../identity-access-management/graphql/account.resolver';
import { AuthPayload } from '../../identity-access-management/graphql/auth.types';
import { createAccountAndReconcile, participationRepositories } from '../../prescription/campaign-participation';
import { CreateAccountAndReconcileInput } from '../../prescription/campaign-participation/graphql/create-account-and-reconcile.types';
import { Public } from '../access';
import type { GraphQLContext } from '../context';

/**
 * A pupil's account created while joining a campaign (campaign-participation's use case) and logged in
 * as signUp does (identity-access-management's session payload): the two contexts meet here.
 */
@Resolver()
export class NewPupilAccountResolver {
  @Public()
  @Mutation(() => AuthPayload, {
    description:
      "A pupil without an account, on a campaign of their school: finds them among the school's pupils (as reconcileWithOrganizationLearner), " +
      'creates their account (username or e-mail) linked to that pupil and logs it in, in one transaction. Throttled per address.',
  })
  async createAccountAndReconcile(
    @Arg('input', () => CreateAccountAndReconcileInput) input: CreateAccountAndReconcileInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AuthPayload> {
    const session = await createAccountAndReconcile(
      participationRepositories(ctx.em, ctx.clock),
      { clock: ctx.clock, throttle: ctx.services.config.throttle, iam: ctx.services.iam },
      { ...input, address: ctx.address, locale: ctx.locale },
    );
    return toPayload(ctx, session);
  }
}
