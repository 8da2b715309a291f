import type { EntityManager } from '@mikro-orm/postgresql';
import { assertValidEmail, assertValidPassword } from '../domain/account-rules';
import { UserRepository } from '../infrastructure/user.repository';
import type { IamDependencies } from './dependencies';

/**
 * How a real deployment bootstraps itself: at start, ADMIN_EMAIL / ADMIN_PASSWORD create the first
 * SUPER_ADMIN when no account has that e-mail. An existing account is left untouched.
 */
export async function bootstrapAdministrator(
  em: EntityManager,
  deps: IamDependencies,
  credentials: { email: string; password: string },
): Promise<'created' | 'exists'> {
  const email = assertValidEmail(credentials.email, 'ADMIN_EMAIL');
  assertValidPassword(credentials.password, 'ADMIN_PASSWORD');
  const users = new UserRepository(em);
  if (await users.emailExists(email)) return 'exists';
  const passwordHash = await deps.hasher.hash(credentials.password);
  await users.createAdministrator({ email, passwordHash, cguAcceptedAt: deps.clock.now() });
  return 'created';
}
