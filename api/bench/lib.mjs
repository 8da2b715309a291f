// Shared helpers of the benchmarks: processes, load, percentiles, and the report in docs/benchmarks.md.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return dir;
}

/** Starts a Node script and resolves once `readyUrl` answers 200; returns the process and the elapsed time. */
export async function startAndWait(script, args, env, readyUrl, timeoutMs = 120_000) {
  const started = performance.now();
  let output = '';
  const child = spawn(process.execPath, [script, ...args], { cwd: repositoryRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${script} stopped:\n${output}`);
    try {
      if ((await fetch(readyUrl)).ok) break;
    } catch {}
    if (performance.now() - started > timeoutMs) throw new Error(`${script} not ready:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  return { child, ms: performance.now() - started, output: () => output };
}

export async function stop(child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `concurrency` virtual users each send `perUser` requests back to back; latencies in ms. */
export async function load(concurrency, perUser, makeRequest) {
  const latencies = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, user) => {
      for (let i = 0; i < perUser; i += 1) {
        const t = performance.now();
        const ok = await makeRequest(user, i).catch(() => false);
        latencies.push(performance.now() - t);
        if (!ok) failures += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    perSecond: latencies.length / seconds,
  };
}

export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Appends a dated section to docs/benchmarks.md and prints it. */
export function report(title, lines) {
  const file = path.join(repositoryRoot, 'docs/benchmarks.md');
  if (!existsSync(file)) {
    writeFileSync(
      file,
      '# Benchmarks\n\nWritten by `npm run bench` (and `npm run bench:engine` later). Each run appends a dated section; ' +
        'figures are compared with a floor measured in the same run, never with another day.\n',
    );
  }
  const section = `\n## ${title} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n\nMachine: ${machine()}\n\n${lines.join('\n')}\n`;
  appendFileSync(file, section);
  console.log(section);
}

export const ms = (value) => `${value.toFixed(1)} ms`;

/**
 * The content's readable id of each challenge, by the opaque id the API shows (benches look solutions
 * up with it). Read once the API has imported the release.
 */
export async function challengeIdsByApiId(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('select id, public_id from challenges');
    return new Map(rows.map((row) => [row.public_id, row.id]));
  } finally {
    await client.end();
  }
}

/** After a checkpoint the answer's response carries no next challenge: the test's current one, asked for. */
export const CURRENT_CHALLENGE = 'query C($id: ID!) { assessment(id: $id) { state currentChallenge { id } } }';
