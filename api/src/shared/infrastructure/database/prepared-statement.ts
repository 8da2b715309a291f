import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import { knexOf, type StatementTarget } from './knex-of';

export type { StatementTarget } from './knex-of';
import { sqlStatementScope } from './orm';

/**
 * A hot statement that PostgreSQL parses and plans once per connection (a named prepared statement)
 * instead of on every call: the ORM inlines values into the text, so each call would be a new query to
 * plan. `text` uses pg's `$1…` placeholders; `name` must be unique per text.
 */
export interface PreparedStatement {
  name: string;
  text: string;
}

interface PgConnection {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: any[] }>;
}

/**
 * Runs a prepared statement through the pg connection of the entity manager's transaction when there is
 * one, else through a connection of the ORM's pool (released at once). Counted like the ORM's statements.
 */
export async function runPrepared<Row = any>(target: StatementTarget, statement: PreparedStatement, values: unknown[]): Promise<Row[]> {
  const client = (knexOf(target) as Knex & { client: { acquireConnection(): Promise<PgConnection>; releaseConnection(c: PgConnection): Promise<unknown> } }).client;
  const connection = await client.acquireConnection();
  const scope = sqlStatementScope.getStore();
  if (scope) scope.statements += 1;
  try {
    return (await connection.query({ name: statement.name, text: statement.text, values })).rows;
  } finally {
    await client.releaseConnection(connection);
  }
}
