import type { GraphQLContext } from './context';
import { UnauthenticatedError } from '../shared/domain/errors';
import type { OrganizationAccess } from '../team';

/** The viewer's access, with memberships from the request's loader (one statement per request). */
export function organizationAccessOf(ctx: GraphQLContext): OrganizationAccess {
  const viewer = ctx.viewer;
  if (!viewer) throw new UnauthenticatedError();
  return { viewer, memberships: () => ctx.loaders.team.membershipsByUser.load(viewer.userId) };
}
