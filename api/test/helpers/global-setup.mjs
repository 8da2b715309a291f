// Starts the test PostgreSQL once per run (the machine's when TEST_DATABASE_URL or DATABASE_URL is
// set, else an embedded one) and builds a template database: migrations + the content release.
// Each test file then clones the template (CREATE DATABASE … TEMPLATE), so files run in parallel.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiRoot = path.resolve(here, '../..');

export default async function globalSetup() {
  let serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) {
    const { startDisposablePostgres } = await import(path.join(apiRoot, 'dist/src/shared/infrastructure/database/embedded-postgres.js'));
    const embedded = await startDisposablePostgres({ durable: false, maxConnections: 400 });
    globalThis.__EMBEDDED_PG__ = embedded;
    serverUrl = embedded.url;
  }
  const template = `pix_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${template}`;
  execFileSync(process.execPath, [path.join(apiRoot, 'dist/src/prepare-database.js')], {
    env: { ...process.env, DATABASE_URL: templateUrl.toString(), LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  process.env.TEST_DATABASE_SERVER_URL = serverUrl;
  process.env.TEST_DATABASE_TEMPLATE = template;
}
