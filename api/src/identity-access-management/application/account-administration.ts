import type { EntityManager } from '@mikro-orm/postgresql';
import type { LoginMethod } from '../domain/login-methods';
import { AccountAdministrationRepository, type AdministeredAccount } from '../infrastructure/account-administration.repository';

/**
 * What the support team's operations (api/src/user-administration) do to an account, in THEIR
 * transaction: they check who may act, and record the action in the audit log with the change.
 */
export function findAdministeredAccount(em: EntityManager, userId: number, options: { lock?: boolean } = {}): Promise<AdministeredAccount | null> {
  return new AccountAdministrationRepository(em).find(userId, options.lock ?? false);
}

export function removeAccountLoginMethod(tem: EntityManager, userId: number, method: LoginMethod, now: Date): Promise<void> {
  return new AccountAdministrationRepository(tem).removeLoginMethod(userId, method, now);
}

/** Replaces the personal data of the account and ends its sessions; the new session version (to learn after the commit). */
export function anonymizeAccount(tem: EntityManager, userId: number, actorUserId: number, now: Date): Promise<number> {
  return new AccountAdministrationRepository(tem).anonymize(userId, actorUserId, now);
}

export type { AdministeredAccount };
