import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformRole, Viewer } from '../domain/platform-role';
import type { UserEntity } from '../infrastructure/user.entity';
import { GarIdentityRepository } from '../infrastructure/gar-identity.repository';
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

/** The account that logs in through the GAR with this IDO (its last log-in noted), or null. */
export function accountOfGarIdentity(em: EntityManager, ido: string, now: Date): Promise<number | null> {
  return new GarIdentityRepository(em).signIn(ido, now);
}

/** Adds the GAR login method (this IDO) to an account; false when either side already has another. */
export function addGarIdentity(em: EntityManager, userId: number, ido: string, now: Date): Promise<boolean> {
  return new GarIdentityRepository(em).add(userId, ido, now);
}

/** An account to open a session for (issueSession), or null. */
export function accountForSession(em: EntityManager, userId: number): Promise<UserEntity | null> {
  return new UserRepository(em).findById(userId);
}

/** Who an account is now (a signed link names the account; its role is read at use): null when it is gone. */
export async function viewerOfAccount(em: EntityManager, userId: number): Promise<Viewer | null> {
  const platformRole = await new UserRepository(em).findPlatformRole(userId);
  return platformRole === undefined ? null : { userId, platformRole: (platformRole as PlatformRole | null) ?? null };
}
