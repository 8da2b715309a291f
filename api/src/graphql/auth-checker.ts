import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../shared/domain/errors';
import { ClientRefusedError, IntegratorOperationForbiddenError, IntegratorTokenRequiredError, type ApiScope } from '../integration';
import { CLIENT_ROLE_PREFIX } from './access';
import type { GraphQLContext } from './context';

/**
 * `@Authorized()` means any logged-in user; `@Authorized(roles)` a platform staff member with one
 * of those roles; `@Client(scope)` an integrator's token with that scope (its client still active,
 * its call counted once per request). Organisation membership is checked in the use cases (it
 * depends on the data), and so are an integrator's schools (UAIs).
 */
export const authChecker: AuthChecker<GraphQLContext> = async ({ context }, roles) => {
  const scopes = roles.filter((role) => role.startsWith(CLIENT_ROLE_PREFIX)).map((role) => role.slice(CLIENT_ROLE_PREFIX.length) as ApiScope);
  if (scopes.length > 0) {
    if (!context.client) {
      if (context.viewer) throw new IntegratorTokenRequiredError();
      throw new UnauthenticatedError();
    }
    await context.admitClient();
    if (!scopes.some((scope) => context.client!.scopes.includes(scope))) throw new ClientRefusedError('SCOPE_MISSING', { scope: scopes.join(' ') });
    return true;
  }
  if (context.client) throw new IntegratorOperationForbiddenError();
  if (!context.viewer) throw new UnauthenticatedError();
  if (roles.length === 0) return true;
  if (context.viewer.platformRole && roles.includes(context.viewer.platformRole)) return true;
  throw new ForbiddenError();
};
