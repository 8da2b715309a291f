import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

/** What is counted (16 characters at most): log-ins, activation requests, campaign codes, reconciliation attempts. */
export type ThrottleScope = 'account' | 'address' | 'activation' | 'campaign_code' | 'reconcile_user' | 'reconcile_addr';

/** Counts failed log-ins per account and per address in PostgreSQL, so every API node sees them. */
export class LoginThrottleRepository {
  constructor(private readonly em: EntityManager) {}

  /** Seconds to wait before trying again, 0 when allowed. */
  async secondsBlocked(scope: ThrottleScope, key: string, now: Date): Promise<number> {
    const row = await knexOf(this.em)('login_failures')
      .select('blocked_until')
      .where({ scope, key })
      .first();
    const until = row?.blocked_until ? new Date(row.blocked_until).getTime() : 0;
    return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
  }

  async recordFailure(scope: ThrottleScope, key: string, now: Date, limit: number, windowSeconds: number): Promise<void> {
    const windowStart = new Date(now.getTime() - windowSeconds * 1000);
    const blockedUntil = new Date(now.getTime() + windowSeconds * 1000);
    await knexOf(this.em).raw(
      `insert into login_failures (scope, key, failures, window_started_at, blocked_until)
       values (:scope, :key, 1, :now, case when 1 >= :limit then :blockedUntil::timestamptz end)
       on conflict (scope, key) do update set
         failures = case when login_failures.window_started_at < :windowStart then 1 else login_failures.failures + 1 end,
         window_started_at = case when login_failures.window_started_at < :windowStart then :now else login_failures.window_started_at end,
         blocked_until = case
           when (case when login_failures.window_started_at < :windowStart then 1 else login_failures.failures + 1 end) >= :limit
           then :blockedUntil::timestamptz else login_failures.blocked_until end`,
      { scope, key, now, limit, windowStart, blockedUntil },
    );
  }

  async clear(scope: ThrottleScope, key: string): Promise<void> {
    await knexOf(this.em)('login_failures').where({ scope, key }).delete();
  }
}
