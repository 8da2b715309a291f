import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../domain/clock';
import type { QueueDefinition } from '../jobs/job-queue';

/**
 * The throttle's counters whose window ended a day ago are removed by a recurring job, never on a
 * request's path: a request's statements stay the same from one call to the next (tests and benches
 * count them), and the sweep costs nothing to the caller being throttled.
 */
export const THROTTLE_SWEEP_QUEUE: QueueDefinition = { name: 'throttle-counters-sweep', retryLimit: 1, retryDelaySeconds: 60, retryBackoff: false, expireInSeconds: 300 };

/** Every hour, at minute 17 (UTC), once for the cluster. */
export const THROTTLE_SWEEP_CRON = '17 * * * *';

/** Rows deleted per statement: a short lock on the table whatever its size. */
const SWEEP_BATCH = 1000;

/** Removes, batch after batch, the counters whose window ended more than a day before `clock.now()`; returns how many. */
export async function sweepThrottleCounters(deps: { orm: MikroORM; clock: Clock }): Promise<number> {
  const dayAgo = new Date(deps.clock.now().getTime() - 24 * 3600 * 1000);
  const knex = deps.orm.em.getConnection().getKnex();
  let removed = 0;
  for (;;) {
    const deleted: number = (
      await knex.raw(`delete from throttle_counters where ctid in (select ctid from throttle_counters where window_ends_at < ? limit ${SWEEP_BATCH})`, [dayAgo])
    ).rowCount;
    removed += deleted;
    if (deleted < SWEEP_BATCH) return removed;
  }
}
