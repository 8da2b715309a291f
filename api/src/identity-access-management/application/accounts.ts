import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserEntity } from '../infrastructure/user.entity';
import { UserRepository } from '../infrastructure/user.repository';

/** What other contexts do with accounts (a pupil's account created while reconciling), through this context. */

/** Whether an account already has this e-mail address (already normalised). */
export function isEmailTaken(em: EntityManager, email: string): Promise<boolean> {
  return new UserRepository(em).emailExists(email);
}

/** Creates an account in the caller's transaction (terms accepted and logged in now); its id is known on return. */
export function createAccount(
  em: EntityManager,
  account: { firstName: string; lastName: string; email: string | null; username: string | null; passwordHash: string; locale: string },
  now: Date,
): Promise<UserEntity> {
  return new UserRepository(em).create({ ...account, mustChangePassword: false, cguAcceptedAt: now, lastLoggedAt: now });
}

/** The id of the account with this e-mail (already checked and normalised), or null (staff adding a member). */
export function findAccountIdByEmail(em: EntityManager, email: string): Promise<number | null> {
  return new UserRepository(em).findIdByEmail(email);
}
