// The throttle's cost per request (issue 10): what log-in pays to count its attempt before checking the
// password — one `insert … on conflict do update … returning` over its two counters (account, address),
// then one `update` giving the attempt back on success — measured through the API's own Throttle (dist),
// alone and with 20 callers at once on the same address counter (one hot row). Floors of the same run,
// through pg on the same database: a bare `select 1` round trip, and one bare upsert of one row.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { load, ms, repositoryRoot } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const SEQUENTIAL = Number(process.env.BENCH_THROTTLE_REQUESTS ?? 1000);
const CONCURRENCY = 20;
const PER_CALLER = 50;

export async function throttleBenchmark(databaseUrl) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { Throttle } = dist('shared/infrastructure/throttle/throttle.js');
  const { throttleRules } = dist('shared/domain/throttle-policy.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY });
  const rules = throttleRules({ accountFailures: 10, addressFailures: 50, windowSeconds: 900 });
  const throttle = new Throttle(orm.em.fork(), { now: () => new Date() });
  const run = `${process.pid}-${Date.now()}`;
  // A successful log-in: counted on its account and the address, then given back.
  const logIn = async (user, i) => {
    const admission = await throttle.admit({ rule: rules.logInAccount, key: `banc-${run}-${user}-${i}@example.net` }, { rule: rules.logInAddress, key: `203.0.113.${user % 2}` });
    await admission.succeeded();
    return true;
  };
  try {
    await load(1, 100, logIn);
    const sequential = await load(1, SEQUENTIAL, logIn);
    const concurrent = await load(CONCURRENCY, PER_CALLER, (user, i) => logIn(user * 1000, i));
    const select = await load(1, SEQUENTIAL, async () => (await pool.query('select 1')).rowCount === 1);
    const upsert = await load(1, SEQUENTIAL, async (_, i) =>
      (
        await pool.query(
          `insert into throttle_counters (scope, key, attempts, max_attempts, window_ends_at) values ('banc', $1, 1, 10, now() + interval '15 minutes')
           on conflict (scope, key) do update set attempts = throttle_counters.attempts + 1 returning attempts`,
          [`${run}-${i % 50}`],
        )
      ).rowCount === 1,
    );
    await pool.query(`delete from throttle_counters where scope = 'banc' or key like $1`, [`banc-${run}-%`]);
    return [
      'Throttle: counting an attempt before the check',
      [
        `Log-in's throttle through the API's \`Throttle\` (api/dist), in process, on the embedded PostgreSQL: admission on two counters (account, address) then the success's refund = 2 SQL round trips. ${SEQUENTIAL} sequential log-ins, then ${CONCURRENCY} callers × ${PER_CALLER} on the same address counter.`,
        '',
        '| mesure | valeur | cible |',
        '|---|---|---|',
        `| admission + remboursement, séquentiel : p50 / p99 | ${ms(sequential.p50)} / ${ms(sequential.p99)} (${sequential.perSecond.toFixed(0)} /s) | |`,
        `| admission + remboursement, ${CONCURRENCY} simultanés sur une même adresse : p50 / p99 | ${ms(concurrent.p50)} / ${ms(concurrent.p99)} (${concurrent.perSecond.toFixed(0)} /s, ${concurrent.failures} échecs) | |`,
        `| plancher : \`select 1\` par pg : p50 / p99 | ${ms(select.p50)} / ${ms(select.p99)} | |`,
        `| plancher : un upsert nu d'une ligne par pg : p50 / p99 | ${ms(upsert.p50)} / ${ms(upsert.p99)} | |`,
        `| p50 throttle / (2 × p50 upsert nu) | ${(sequential.p50 / (2 * upsert.p50)).toFixed(2)} × | |`,
      ],
    ];
  } finally {
    await pool.end();
    await orm.close(true);
  }
}
