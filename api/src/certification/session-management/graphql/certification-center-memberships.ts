import type { GraphQLContext } from '../../../graphql/context';
import { sessionManagementOf } from './session-management-repositories-of';
import { ForbiddenError } from '../../../shared/domain/errors';
import { centerMembershipsOfUser } from '../application/center-team.usecases';
import { toCenterMembershipView } from './session-management.mappers';
import type { CertificationCenterMembershipView } from './session-management.types';

/** User.certificationCenterMemberships (declared in api/src/graphql/joins): the account's own centres, to switch between them. */
export async function centerMembershipsOf(ctx: GraphQLContext, userId: number): Promise<CertificationCenterMembershipView[]> {
  if (ctx.viewer?.userId !== userId) throw new ForbiddenError();
  return (await centerMembershipsOfUser(sessionManagementOf(ctx), userId)).map(({ membership, center }) => toCenterMembershipView(membership, center));
}
