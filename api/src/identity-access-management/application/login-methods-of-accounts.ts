import type { EntityManager } from '@mikro-orm/postgresql';
import { loginMethodsOf, type LoginMethod } from '../domain/login-methods';
import { loginFactsOfAccounts } from '../infrastructure/login-methods.repository';

/** How each of these accounts logs in (EMAIL, USERNAME, GAR), for the partners' API: one statement. */
export async function loginMethodsOfAccounts(em: EntityManager, userIds: readonly number[]): Promise<Map<number, LoginMethod[]>> {
  const facts = await loginFactsOfAccounts(em, userIds);
  return new Map([...facts].map(([id, account]) => [id, loginMethodsOf(account)]));
}
