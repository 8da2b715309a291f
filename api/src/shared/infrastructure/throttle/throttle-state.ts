import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../database/knex-of';
import type { ThrottleScope } from '../../domain/throttle-policy';

/** A counter as the support team sees it. */
export interface ThrottleCounterState {
  key: string;
  attempts: number;
  maxAttempts: number;
  windowEndsAt: Date;
}

/** The counters of these keys in one scope (one statement). */
export async function readThrottleCounters(em: EntityManager, scope: ThrottleScope, keys: readonly string[]): Promise<ThrottleCounterState[]> {
  if (keys.length === 0) return [];
  const rows = await knexOf(em)('throttle_counters').where({ scope }).whereIn('key', keys as string[]).select('key', 'attempts', 'max_attempts', 'window_ends_at');
  return rows.map((row: any) => ({ key: row.key, attempts: row.attempts, maxAttempts: row.max_attempts, windowEndsAt: new Date(row.window_ends_at) }));
}

/**
 * Forgets the counters of these keys (a staff member unblocks an account): the next attempt opens a new
 * window. In the caller's transaction, so that the reset and its audit record commit together.
 */
export async function resetThrottleCounters(em: EntityManager, scope: ThrottleScope, keys: readonly string[]): Promise<number> {
  if (keys.length === 0) return 0;
  return knexOf(em)('throttle_counters').where({ scope }).whereIn('key', keys as string[]).delete();
}
