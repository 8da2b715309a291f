import { assertValidEmail, assertValidPassword } from '../domain/account-rules';
import type { IamDependencies, IamRepositories } from './dependencies';

/**
 * How a real deployment bootstraps itself: at start, ADMIN_EMAIL / ADMIN_PASSWORD create the first
 * SUPER_ADMIN when no account has that e-mail. An existing account is left untouched.
 */
export async function bootstrapAdministrator(
  repositories: Pick<IamRepositories, 'users'>,
  deps: Pick<IamDependencies, 'clock' | 'hasher'>,
  credentials: { email: string; password: string },
): Promise<'created' | 'exists'> {
  const email = assertValidEmail(credentials.email, 'ADMIN_EMAIL');
  assertValidPassword(credentials.password, 'ADMIN_PASSWORD');
  if (await repositories.users.emailExists(email)) return 'exists';
  const passwordHash = await deps.hasher.hash(credentials.password);
  await repositories.users.createAdministrator({ email, passwordHash, cguAcceptedAt: deps.clock.now() });
  return 'created';
}
