import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startPlatformProcess, type PlatformProcess } from '../../../e2e/support/platform-process';
import { gql, logInToken } from '../../../e2e/support/api-client';
import { openOrm } from '../../src/database';
import { buildMembership, buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { emailsDelivered } from '../helpers/outbox';

/** A real export big enough that its import takes seconds: time to kill the process that runs it. */
const PUPILS = 20_000;
const UAI = '0751234A';
/** What every node of a cluster shares (the token secret), and a queue that takes a dead run back in seconds. */
const CLUSTER_ENV = {
  ACCESS_TOKEN_SECRET: 'secret-de-test-partage-par-les-noeuds',
  JOB_EXPIRE_SECONDS: '5',
  JOB_MAINTENANCE_SECONDS: '1',
  JOB_POLLING_SECONDS: '0.5',
};

const IMPORT = 'mutation I($o: ID!, $f: Upload!) { importSiecleFile(organizationId: $o, file: $f) { id state } }';
const JOB = 'query J($id: ID!) { importJob(id: $id) { state progress pupilsAdded pupilsUpdated pupilsLeft errors { code message } } }';
const LEARNERS = 'query L($id: ID!) { organization(id: $id) { name divisions learners(first: 5) { totalCount } } }';
const INVITE = 'mutation I($o: ID!, $e: [String!]!) { inviteMembers(organizationId: $o, emails: $e) { email } }';

async function upload(url: string, token: string, organizationId: number, zip: Buffer) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { o: String(organizationId), f: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  form.append('0', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'ElevesSansAdresses.zip');
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' }, body: form });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.importSiecleFile as { id: string; state: string };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000, everyMs = 10): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/**
 * Nodes without state of their own: two API processes on one database share the work of a school,
 * request by request, and a SIECLE import survives the SIGKILL of the process that was running it.
 */
describe('two API processes on one database', () => {
  let a: PlatformProcess;
  let b: PlatformProcess;
  let orm: MikroORM;
  let db: Client;

  afterAll(async () => {
    await db?.end();
    await orm?.close(true);
    await b?.stop({ keepDatabase: true });
    await a?.stop();
  });

  it('serves a school from either process, and ends DONE, once, an import whose process was killed midway', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'pix-libre-two-')), 'ElevesSansAdresses.zip');
    execFileSync(process.execPath, [path.resolve(__dirname, '../fixtures/siecle/generate.mjs'), '--pupils', String(PUPILS), '--out', file, '--uai', UAI]);
    const zip = readFileSync(file);

    a = await startPlatformProcess(CLUSTER_ENV);
    // Started on the same database, already migrated: the second start waits on the lock, then finds nothing to do.
    b = await startPlatformProcess(CLUSTER_ENV, { databaseUrl: a.databaseUrl });
    orm = await openOrm(a.databaseUrl);
    db = new Client({ connectionString: a.databaseUrl });
    await db.connect();
    const em = orm.em.fork();
    const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: UAI, email: 'ce.0751234a@ac-paris.fr' });
    const proviseure = await buildUser(em, {});
    await buildMembership(em, lycee.id, proviseure.id, 'ADMIN');

    // Logged in on A, known on B (no session lives in a process).
    const token = await logInToken(a.url, proviseure.email!, proviseure.password);
    expect((await gql(b.url, LEARNERS, { id: String(lycee.id) }, token)).organization).toMatchObject({ name: 'Lycée Marie Curie', learners: { totalCount: 0 } });

    // An invitation asked on B is delivered by the queue (whichever process takes it), seen on A's outbox page.
    await gql(b.url, INVITE, { o: String(lycee.id), e: ['professeur.documentaliste@example.fr'] }, token);
    await emailsDelivered(db);
    expect(await (await fetch(`${a.url}/dev/outbox`)).text()).toContain('À : professeur.documentaliste@example.fr');

    // The file is sent to A and the import polled on B; the process running it is killed while it writes the pupils.
    const sent = await upload(a.url, token, lycee.id, zip);
    expect(sent.state).toBe('PENDING');
    expect((await gql(b.url, JOB, { id: sent.id }, token)).importJob.state).toMatch(/PENDING|RUNNING/);
    const runner = await until('the run to start', async () => {
      const { rows } = await db.query('select taken_by from import_jobs where id = $1', [Number(sent.id)]);
      return rows[0].taken_by as string | null;
    });
    const [victim, survivor] = runner.endsWith(`:${a.process.pid}`) ? [a, b] : [b, a];
    expect(runner).toBe(`${os.hostname()}:${victim.process.pid}`);
    await until('the import transaction to write pupils', async () => {
      const { rows } = await db.query(
        `select 1 from pg_stat_activity where datname = current_database() and xact_start is not null and query like 'insert into "organization_learners"%'`,
      );
      return rows.length > 0;
    });
    victim.process.kill('SIGKILL');
    await new Promise((resolve) => victim.process.once('exit', resolve));
    // Killed mid-transaction: nothing of it was committed.
    const midway = await db.query('select state, (select count(*)::int from organization_learners where organization_id = $2) as pupils from import_jobs where id = $1', [
      Number(sent.id),
      lycee.id,
    ]);
    expect(midway.rows[0]).toEqual({ state: 'RUNNING', pupils: 0 });

    // The survivor takes the job back (its run expired) and ends it; the console polls the survivor.
    const job = await until(
      'the import to end',
      async () => {
        const { importJob } = await gql(survivor.url, JOB, { id: sent.id }, token);
        return importJob.state === 'DONE' || importJob.state === 'FAILED' ? importJob : null;
      },
      90_000,
      250,
    );
    expect(job).toEqual({ state: 'DONE', progress: 100, pupilsAdded: PUPILS, pupilsUpdated: 0, pupilsLeft: 0, errors: [] });

    const pupils = await db.query('select count(*)::int as n, count(distinct national_student_id)::int as ines from organization_learners where organization_id = $1', [lycee.id]);
    expect(pupils.rows[0]).toEqual({ n: PUPILS, ines: PUPILS });
    const row = await db.query('select state, attempts, taken_by from import_jobs where id = $1', [Number(sent.id)]);
    expect(row.rows[0]).toEqual({ state: 'DONE', attempts: 2, taken_by: `${os.hostname()}:${survivor.process.pid}` });
    // One job in the queue, completed after at least one retry (more when a live run was slower than the expiry:
    // those retries waited for it, then found the import ended); the file left the database with the import.
    // A retry queued while the slow run was still going is taken (after its delay) and completes at once.
    const queued = await until(
      'the queue job to settle',
      async () => {
        const result = await db.query(`select state, retry_count from pgboss.job where name = 'siecle-import'`);
        return result.rows.every((job) => job.state === 'completed' || job.state === 'failed') ? result : null;
      },
      60_000,
      250,
    );
    expect(queued.rows).toEqual([{ state: 'completed', retry_count: expect.any(Number) }]);
    expect(queued.rows[0].retry_count).toBeGreaterThanOrEqual(1);
    expect((await db.query('select count(*)::int as n from import_job_files')).rows[0].n).toBe(0);

    const { organization } = await gql(survivor.url, LEARNERS, { id: String(lycee.id) }, token);
    expect(organization.learners.totalCount).toBe(PUPILS);
  }, 240_000);
});
