import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { ThrottleRule } from '../../domain/throttle-policy';

export interface CounterRef {
  rule: ThrottleRule;
  key: string;
}

/** A counted attempt: its counter and the window it was counted in (a refund touches that window only). */
export interface CountedAttempt {
  scope: string;
  key: string;
  windowEndsAt: Date;
}

/**
 * The SQL of the throttle counters (`throttle_counters`). Always on the pool, outside the caller's
 * transaction: a count is committed at once, seen by every API node, and never rolled back.
 */
export class ThrottleCountersRepository {
  private readonly knex: Knex;

  constructor(em: EntityManager) {
    this.knex = em.getKnex();
  }

  /**
   * Counts one attempt on each counter in ONE statement (insert, or increment within the window, or
   * restart an ended window) and returns the counters that admitted it. A spent counter is left
   * unchanged and is absent from the answer. Counters are locked in (scope, key) order, so that two
   * requests on the same counters never wait for each other in a cycle.
   */
  async count(counters: readonly CounterRef[], now: Date): Promise<CountedAttempt[]> {
    const sorted = [...counters].sort((a, b) => (a.rule.scope + '\u0000' + a.key).localeCompare(b.rule.scope + '\u0000' + b.key));
    const values = sorted.map(() => '(?, ?, 1, ?::int, ?::timestamptz)').join(', ');
    const bindings = sorted.flatMap(({ rule, key }) => [rule.scope, key, rule.maxAttempts, new Date(now.getTime() + rule.windowSeconds * 1000)]);
    const result = await this.knex.raw(
      `insert into throttle_counters as t (scope, key, attempts, max_attempts, window_ends_at)
       values ${values}
       on conflict (scope, key) do update set
         attempts = case when t.window_ends_at <= ?::timestamptz then 1 else t.attempts + 1 end,
         max_attempts = excluded.max_attempts,
         window_ends_at = case when t.window_ends_at <= ?::timestamptz then excluded.window_ends_at else t.window_ends_at end
       where t.window_ends_at <= ?::timestamptz or t.attempts < excluded.max_attempts
       returning scope, key, window_ends_at`,
      [...bindings, now, now, now],
    );
    return (result.rows as { scope: string; key: string; window_ends_at: Date }[]).map((row) => ({
      scope: row.scope,
      key: row.key,
      windowEndsAt: new Date(row.window_ends_at),
    }));
  }

  /** Gives one attempt back to each counter, in the window it was counted in. */
  async refund(attempts: readonly CountedAttempt[]): Promise<void> {
    if (attempts.length === 0) return;
    const values = attempts.map(() => '(?::varchar, ?::varchar, ?::timestamptz)').join(', ');
    await this.knex.raw(
      `update throttle_counters as t set attempts = greatest(t.attempts - 1, 0)
       from (values ${values}) as v(scope, key, window_ends_at)
       where t.scope = v.scope and t.key = v.key and t.window_ends_at = v.window_ends_at`,
      attempts.flatMap((attempt) => [attempt.scope, attempt.key, attempt.windowEndsAt]),
    );
  }

  /** When the windows of these counters end (a refused caller is told how long to wait). */
  async windowEnds(counters: readonly CounterRef[]): Promise<Date[]> {
    const rows = await this.knex('throttle_counters')
      .select('window_ends_at')
      .whereIn(['scope', 'key'], counters.map(({ rule, key }) => [rule.scope, key]));
    return rows.map((row: { window_ends_at: Date }) => new Date(row.window_ends_at));
  }
}
