import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { openOrm } from '../../src/database';
import { sweepThrottleCounters } from '../../src/shared/infrastructure/throttle/throttle-counters-sweep';
import { startTestApi } from '../helpers/test-api';
import { createTestDatabase } from '../helpers/test-database';

/** Ended throttle counters are removed by a recurring job, in batches, and never the ones still counting. */
describe('the throttle counters sweep', () => {
  let drop: () => Promise<void>;
  let db: Client;
  let orm: MikroORM;
  const now = new Date('2026-12-07T12:00:00Z');
  const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600 * 1000);

  beforeAll(async () => {
    let url: string;
    ({ url, drop } = await createTestDatabase());
    db = new Client({ connectionString: url });
    await db.connect();
    orm = await openOrm(url);
  });
  afterAll(async () => {
    await orm?.close(true);
    await db?.end();
    await drop();
  });

  it('removes every counter whose window ended over a day ago, more than one batch of them, and keeps the others', async () => {
    const insert = (prefix: string, count: number, windowEndsAt: Date) =>
      db.query(
        `insert into throttle_counters (scope, key, attempts, max_attempts, window_ends_at)
         select 'login_account', $1 || n, 3, 10, $2 from generate_series(1, $3) as n`,
        [prefix, windowEndsAt, count],
      );
    await insert('old-', 2_345, hoursAgo(25));
    await insert('yesterday-', 7, hoursAgo(23));
    await insert('counting-', 5, new Date(now.getTime() + 60_000));

    expect(await sweepThrottleCounters({ orm, clock: { now: () => now } })).toBe(2_345);

    const { rows } = await db.query(`select split_part(key, '-', 1) as kind, count(*)::int as n from throttle_counters group by 1 order by 1`);
    expect(rows).toEqual([
      { kind: 'counting', n: 5 },
      { kind: 'yesterday', n: 7 },
    ]);
    expect(await sweepThrottleCounters({ orm, clock: { now: () => now } })).toBe(0);
  });

  it('is scheduled every hour by the platform, once for the cluster', async () => {
    const api = await startTestApi();
    try {
      const knex = api.platform.services.orm.em.getConnection().getKnex();
      const { rows } = await knex.raw(`select cron from pgboss.schedule where name = 'throttle-counters-sweep'`);
      expect(rows).toEqual([{ cron: '17 * * * *' }]);
    } finally {
      await api.stop();
    }
  });
});
