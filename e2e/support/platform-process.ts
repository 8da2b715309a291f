import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase } from '../../api/test/helpers/test-database';

export interface PlatformProcess {
  url: string;
  databaseUrl: string;
  process: ChildProcess;
  output(): string;
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The platform as `npm start` runs it (api/dist/src/main.js serving the built apps), in its own
 * process, on a database of its own cloned from the run's template.
 */
export async function startPlatformProcess(
  env: Record<string, string> = {},
  existing?: { databaseUrl: string },
): Promise<PlatformProcess> {
  const database = existing ? { url: existing.databaseUrl, drop: async () => undefined } : await createTestDatabase();
  const port = await freePort();
  const root = path.resolve(__dirname, '../..');
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'api/dist/src/main.js')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'pix-libre-e2e-')),
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The platform stopped at start:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The platform did not start in 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    databaseUrl: database.url,
    process: child,
    output: () => output,
    async stop(options: { keepDatabase?: boolean } = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      if (!options.keepDatabase) await database.drop();
    },
  };
}
