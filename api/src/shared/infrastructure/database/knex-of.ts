import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/** The query builder bound to the entity manager's transaction when there is one. */
export function knexOf(em: EntityManager): Knex {
  return (em.getTransactionContext<Knex.Transaction>() as Knex | undefined) ?? em.getKnex();
}
