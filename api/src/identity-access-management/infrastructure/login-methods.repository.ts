import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { AccountLoginFacts } from '../domain/login-methods';

/** The login facts (e-mail, username, GAR id) of many accounts in ONE statement, whatever their number. */
export async function loginFactsOfAccounts(em: EntityManager, userIds: readonly number[]): Promise<Map<number, AccountLoginFacts>> {
  const result = await knexOf(em).raw<{ rows: (AccountLoginFacts & { id: number })[] }>(
    `select u.id, u.email, u.username, g.ido as "garIdo"
     from users u left join gar_identities g on g.user_id = u.id
     where u.id = any(?::int[])`,
    [[...userIds]],
  );
  return new Map(result.rows.map((row) => [row.id, { email: row.email, username: row.username, garIdo: row.garIdo }]));
}
