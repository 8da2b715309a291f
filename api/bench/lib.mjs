// Shared helpers of the benchmarks: processes, load, percentiles, and the report in docs/benchmarks.md.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
export async function startAndWait(script, args, env, readyUrl, timeoutMs = 120_000, nodeArgs = []) {
  const started = performance.now();
  let output = '';
  const child = spawn(process.execPath, [...nodeArgs, script, ...args], { cwd: repositoryRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
    latencies,
    seconds,
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

// ── CPU per request, read from /proc (Linux): the server's Node process and PostgreSQL's processes. ──

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Fields of /proc/<pid>/stat after the command name: [0] is the state (field 3), [1] the parent (field 4). */
function statFields(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}
const ticksToMs = (ticks) => (ticks * 1000) / CLOCK_TICKS;

/** CPU (user + system) a process has used so far, in ms. */
export function processCpuMs(pid) {
  const f = statFields(pid);
  return ticksToMs(Number(f[11]) + Number(f[12]));
}

/**
 * CPU used so far by a PostgreSQL server, in ms: the postmaster, its live children (backends,
 * background workers) and the children it has reaped (a backend that closed counts there).
 */
export function postgresCpuMs(postmasterPid) {
  const own = statFields(postmasterPid);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const f = statFields(name);
      if (Number(f[1]) === postmasterPid) ticks += Number(f[11]) + Number(f[12]);
    } catch {}
  }
  return ticksToMs(ticks);
}

/**
 * ANALYZE, as autovacuum does on a live database once enough rows changed: a warm-up that wrote into
 * tables the seed left empty (answers) must not leave one variant with plans made for empty tables.
 */
export async function analyze(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

/** The postmaster of the database (its processes are read from /proc), or null when it is not on this machine. */
export async function postmasterPid(databaseUrl) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query('select pg_backend_pid() as pid');
    return Number(statFields(rows[0].pid)[1]);
  } catch {
    return null;
  } finally {
    await client.end();
  }
}

/** Runs `work` and returns its result with the CPU the server process and PostgreSQL spent meanwhile. */
export async function withCpu(serverPid, pgPid, work) {
  const node0 = processCpuMs(serverPid);
  const pg0 = pgPid ? postgresCpuMs(pgPid) : NaN;
  const result = await work();
  return { result, nodeMs: processCpuMs(serverPid) - node0, pgMs: pgPid ? postgresCpuMs(pgPid) - pg0 : NaN };
}

/**
 * Figures of several variants measured in rounds, each round running every variant once in a rotated
 * order (the machine's load hits all alike). `phase(variant)` runs one measured phase and returns its
 * latencies, failures, seconds and the CPU spent; the figures sum the phases of each variant.
 */
export async function rotate(variants, rounds, phase) {
  const totals = new Map(variants.map((v) => [v.name, { latencies: [], failures: 0, seconds: 0, nodeMs: 0, pgMs: 0 }]));
  for (let round = 0; round < rounds; round += 1) {
    for (let k = 0; k < variants.length; k += 1) {
      const variant = variants[(round + k) % variants.length];
      const figures = await phase(variant);
      const total = totals.get(variant.name);
      total.latencies.push(...figures.latencies);
      total.failures += figures.failures;
      total.seconds += figures.seconds;
      total.nodeMs += figures.nodeMs;
      total.pgMs += figures.pgMs;
    }
  }
  return new Map(
    [...totals].map(([name, t]) => {
      t.latencies.sort((a, b) => a - b);
      const n = t.latencies.length;
      return [name, { requests: n, failures: t.failures, p50: percentile(t.latencies, 50), p99: percentile(t.latencies, 99), perSecond: n / t.seconds, nodeMsPer: t.nodeMs / n, pgMsPer: t.pgMs / n }];
    }),
  );
}

/** The report's lines for rotated variants beside a floor: p50/p99, throughput, CPU per request and their ratios. */
export function rotationLines(figures, floorName, unit, targets = true) {
  const floor = figures.get(floorName);
  const floorCpu = floor.nodeMsPer + floor.pgMsPer;
  const lines = [
    `| variante | p50 / p99 | ${unit}/s | échecs | CPU Node / PostgreSQL par requête | p99 ÷ plancher | débit ÷ plancher | CPU ÷ plancher |`,
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const [name, f] of figures) {
    const cpu = f.nodeMsPer + f.pgMsPer;
    lines.push(
      `| ${name} | ${ms(f.p50)} / ${ms(f.p99)} | ${f.perSecond.toFixed(0)} | ${f.failures} | ${f.nodeMsPer.toFixed(2)} + ${f.pgMsPer.toFixed(2)} = ${cpu.toFixed(2)} ms | ${(f.p99 / floor.p99).toFixed(2)} × | ${(f.perSecond / floor.perSecond).toFixed(2)} × | ${(cpu / floorCpu).toFixed(2)} × |`,
    );
  }
  if (targets) lines.push('', 'Cibles (API ÷ plancher, même run) : p99 ≤ 1,5 ×, débit ≥ 0,67 ×, CPU (Node + PostgreSQL) par requête ≤ 1,5 ×.');
  return lines;
}
