import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Where a statement runs: an entity manager (its transaction's connection when it has one), or the
 * platform's connection itself when no unit of work is needed (see GraphQLContext.statements).
 */
export type StatementTarget = EntityManager | Knex;

/** The query builder bound to the entity manager's transaction when there is one (a connection is its own). */
export function knexOf(target: StatementTarget): Knex {
  if (typeof (target as EntityManager).getTransactionContext !== 'function') return target as Knex;
  const em = target as EntityManager;
  return (em.getTransactionContext<Knex.Transaction>() as Knex | undefined) ?? em.getKnex();
}
