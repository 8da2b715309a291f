import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Public } from '../../../graphql/access';
import type { GraphQLContext } from '../../../graphql/context';
import { toPayload } from '../../../identity-access-management';
import { AuthPayload } from '../../../identity-access-management';
import { createAccountAndReconcile } from '../application/create-account-and-reconcile.usecase';
import { CreateAccountAndReconcileInput } from './create-account-and-reconcile.types';

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
      ctx.em,
      { clock: ctx.clock, throttle: ctx.services.config.throttle, iam: ctx.services.iam },
      { ...input, address: ctx.address, locale: ctx.locale },
    );
    return toPayload(ctx, session);
  }
}
