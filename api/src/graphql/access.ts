import { Authorized } from 'type-graphql';
import type { PlatformRole } from '../identity-access-management';

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
