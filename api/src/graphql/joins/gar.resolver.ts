import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { toPayload } from '../../identity-access-management/graphql/account.resolver';
import { AuthPayload } from '../../identity-access-management/graphql/auth.types';
import { completeGarFirstSignIn, integrationRepositories } from '../../integration';
import { Public } from '../access';
import type { GraphQLContext } from '../context';

@InputType()
export class CompleteGarSignInInput {
  @Field(() => String, { description: 'The token the GAR sign-in left in the first-time page address.' }) garToken!: string;
  @Field(() => String, { description: 'A campaign code of the school.' }) campaignCode!: string;
  @Field(() => String, { description: 'Birth date, AAAA-MM-JJ.' }) birthdate!: string;
}

@ObjectType()
export class GarSignInPayload {
  @Field(() => AuthPayload) session!: AuthPayload;
  @Field(() => String, { description: 'The campaign to go to.' }) campaignCode!: string;
}

/**
 * A pupil's first sign-in through the GAR (integration's use case, campaign-participation's
 * reconciliation) logged in as log-in does (identity-access-management's payload): they meet here.
 */
@Resolver()
export class GarSignInResolver {
  @Public()
  @Mutation(() => GarSignInPayload, {
    description:
      "A pupil's first sign-in through the GAR: the identity the GAR asserted, a campaign code of their school and their birth date find them among the school's pupils; " +
      'their account (created, or the one already linked to that pupil) gets the GAR login method and is logged in. Throttled per address.',
  })
  async completeGarSignIn(@Arg('input', () => CompleteGarSignInInput) input: CompleteGarSignInInput, @Ctx() ctx: GraphQLContext): Promise<GarSignInPayload> {
    const outcome = await completeGarFirstSignIn(integrationRepositories(ctx.em, ctx.clock), ctx.services.integration.gar, { ...input, address: ctx.address, locale: ctx.locale });
    return { session: toPayload(ctx, outcome.session), campaignCode: outcome.campaignCode };
  }
}
