import type { MikroORM } from '@mikro-orm/postgresql';

/** Any fixed number, the same in every process: "the platform is preparing its database". */
const STARTUP_LOCK_KEY = 7_410_052_026;

/**
 * Runs `work` while holding a PostgreSQL advisory lock, so that N processes started together on one
 * database prepare it one after the other: the first migrates (and loads the content release, demo
 * data…), the others wait, then find nothing left to do. The lock is held by a transaction of its own
 * (on another pooled connection than `work`'s) and goes with it, even if the process dies.
 */
export async function withStartupLock<T>(orm: MikroORM, work: () => Promise<T>): Promise<T> {
  return orm.em.getKnex().transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(?)', [STARTUP_LOCK_KEY]);
    return work();
  });
}
