import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../shared/domain/errors';
import type { GraphQLContext } from './context';

/**
 * `@Authorized()` means any logged-in user; `@Authorized(roles)` a platform staff member with one
 * of those roles. Organisation membership is checked in the use cases (it depends on the data).
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  if (!context.viewer) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  if (context.viewer.platformRole && roles.includes(context.viewer.platformRole)) return true;
  throw new ForbiddenError();
};
