import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { UserType } from '../../identity-access-management/graphql/user.type';
import { CertificationCandidateView } from '../../certification/enrolment/graphql/enrolment.types';
import { candidatesOfSession } from '../../certification/enrolment/graphql/enrolment.resolver';
import { CertificationCenterMembershipView, CertificationSessionView } from '../../certification/session-management/graphql/session-management.types';
import { centerMembershipsOf } from '../../certification/session-management/graphql/certification-center-memberships';
import type { GraphQLContext } from '../context';

/**
 * The fields that join certification's types to what other contexts own: a session's candidates
 * (enrolment), an account's centres (session-management, through team) and a centre member's account.
 */
@Resolver(() => CertificationSessionView)
export class CertificationSessionFieldsResolver {
  @FieldResolver(() => [CertificationCandidateView], { description: 'The candidates, in French order of their names (last name, first name).' })
  candidates(@Root() session: CertificationSessionView, @Ctx() ctx: GraphQLContext): Promise<CertificationCandidateView[]> {
    return candidatesOfSession(ctx, session.sessionId);
  }
}

@Resolver(() => UserType)
export class UserCertificationCentersResolver {
  @FieldResolver(() => [CertificationCenterMembershipView], { description: 'The certification centres this account belongs to (its owner only), in French order.' })
  certificationCenterMemberships(@Root() user: UserType, @Ctx() ctx: GraphQLContext): Promise<CertificationCenterMembershipView[]> {
    return centerMembershipsOf(ctx, user.userId);
  }
}

@Resolver(() => CertificationCenterMembershipView)
export class CertificationCenterMembershipFieldsResolver {
  @FieldResolver(() => UserType)
  async user(@Root() membership: CertificationCenterMembershipView, @Ctx() ctx: GraphQLContext): Promise<UserType> {
    return UserType.from((await ctx.loaders.iam.userById.load(membership.userId))!);
  }
}
