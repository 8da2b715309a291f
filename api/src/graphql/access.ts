import { Authorized } from 'type-graphql';
import type { PlatformRole } from '../identity-access-management';
import type { ApiScope } from '../integration';

/**
 * Every root operation states who may call it, beside the operation. `Public` records the choice
 * explicitly (a test fails when an operation has neither `Public` nor an `Authorized` decorator).
 */
export const publicOperations = new Set<string>();

export function Public(): MethodDecorator {
  return (target, propertyKey) => {
    publicOperations.add(`${target.constructor.name}.${String(propertyKey)}`);
  };
}

/** Any logged-in user. */
export const LoggedIn = () => Authorized();

/** Platform staff with one of these roles. */
export const Staff = (...roles: PlatformRole[]) => Authorized(roles);

/** Root operations that integrators' tokens may call (any other one refuses such a token). */
export const clientOperations = new Set<string>();
/** How a client scope is written among type-graphql's roles. */
export const CLIENT_ROLE_PREFIX = 'client:';

/**
 * An integrators' operation (docs/integrators.md): only a client-credentials token carrying this
 * scope; a learner's or a staff member's token is refused (INTEGRATOR_TOKEN_REQUIRED).
 */
export function Client(scope: ApiScope): MethodDecorator {
  const authorized = Authorized([`${CLIENT_ROLE_PREFIX}${scope}`]);
  return (target, propertyKey, descriptor) => {
    clientOperations.add(String(propertyKey));
    authorized(target, propertyKey, descriptor);
  };
}
