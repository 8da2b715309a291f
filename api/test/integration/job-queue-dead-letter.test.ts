import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { openOrm } from '../../src/database';
import { createLogger } from '../../src/shared/infrastructure/logger';
import { JobQueue, type QueueDefinition } from '../../src/shared/infrastructure/jobs/job-queue';
import { endAbandonedSiecleImport, type SiecleImportJobData } from '../../src/prescription/learner-management/application/import-siecle-file.usecase';
import { buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { createTestDatabase } from '../helpers/test-database';

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Work the queue gives up on (every run died or failed) is ended by its dead-letter handler, once. */
describe('jobs given up on', () => {
  let drop: () => Promise<void>;
  let url: string;
  let db: Client;
  let orm: MikroORM;
  let jobs: JobQueue;

  beforeAll(async () => {
    ({ url, drop } = await createTestDatabase());
    db = new Client({ connectionString: url });
    await db.connect();
    orm = await openOrm(url);
    jobs = await JobQueue.start(url, { worker: true, maintenanceSeconds: 1, pollingSeconds: 0.5 }, createLogger('silent'));
  });
  afterAll(async () => {
    await jobs?.stop();
    await orm?.close(true);
    await db?.end();
    await drop();
  });

  it('hands a job whose every run outlived its expiry (a process killed each time) to the dead-letter handler, once', async () => {
    const hung: QueueDefinition = { name: 'hung-work', retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 1 };
    const runs: number[] = [];
    const dead: Array<{ n: number }> = [];
    // A run that never ends stands for a process killed mid-run: only the expiry brings the job back.
    await jobs.define<{ n: number }>(hung, async (data) => {
      runs.push(data.n);
      await new Promise(() => undefined);
    }, async (data) => {
      dead.push(data);
    });
    await orm.em.fork().transactional((em) => jobs.send(hung.name, { n: 7 }, em));
    await until('the dead-letter handler', async () => dead.length > 0);
    expect(dead).toEqual([{ n: 7 }]);
    expect(runs).toEqual([7, 7]);
    const { rows } = await db.query(`select name, state from pgboss.job where name like 'hung-work%' order by created_on`);
    expect(rows).toEqual([
      { name: 'hung-work', state: 'failed' },
      { name: 'hung-work.dead', state: expect.stringMatching(/active|completed/) },
    ]);
  }, 60_000);

  it('ends an import given up on as FAILED with a message to send the file again, and leaves an ended one alone', async () => {
    const em = orm.em.fork();
    const school = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0330001A' });
    const user = await buildUser(em, {});
    const open = await db.query(`insert into import_jobs (organization_id, created_by, state) values ($1, $2, 'RUNNING') returning id`, [school.id, user.id]);
    const done = await db.query(`insert into import_jobs (organization_id, created_by, state) values ($1, $2, 'DONE') returning id`, [school.id, user.id]);
    const job = (importJobId: number): SiecleImportJobData => ({ importJobId, organizationId: school.id, organizationUai: '0330001A', locale: 'fr' });

    await endAbandonedSiecleImport({ orm, clock: { now: () => new Date() } }, job(open.rows[0].id));
    await endAbandonedSiecleImport({ orm, clock: { now: () => new Date() } }, job(done.rows[0].id));

    const { rows } = await db.query(`select id, state, errors from import_jobs order by id`);
    expect(rows[0]).toMatchObject({ state: 'FAILED', errors: [{ code: 'IMPORT_INTERRUPTED', message: expect.stringContaining('importez le fichier à nouveau'), line: null }] });
    expect(rows[1]).toMatchObject({ state: 'DONE' });
  });
});
