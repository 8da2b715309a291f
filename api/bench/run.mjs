// `npm run bench`: start-up time of the platform and the dashboard query under load, beside a
// hand-written floor measured in the same run. Appends the figures to docs/benchmarks.md.
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { freePort, load, ms, report, repositoryRoot, startAndWait, stop, tempDir } from './lib.mjs';
import { answerBenchmark } from './answer-bench.mjs';
import { siecleImportBenchmark } from './siecle-import-bench.mjs';
import { learnersListBenchmark } from './learners-list-bench.mjs';
import { campaignExportBenchmark } from './campaign-export-bench.mjs';
import { campaignResultsBenchmark } from './campaign-results-bench.mjs';
import { campaignAnswerBenchmark } from './campaign-answer-bench.mjs';
import { throttleBenchmark } from './throttle-bench.mjs';
import { sessionCheckBenchmark } from './session-check-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const REQUESTS_PER_LEARNER = Number(process.env.BENCH_REQUESTS ?? 25);
const SECRET = 'secret-de-banc-d-essai';

async function startupTimes() {
  const dataDir = tempDir('pix-libre-bench-start-');
  chmodSync(dataDir, 0o755);
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  const runs = [];
  for (const label of ['dossier de données vide', 'dossier de données existant']) {
    const port = await freePort();
    const started = await startAndWait(path.join(repositoryRoot, 'scripts/start.mjs'), [], { ...env, PORT: String(port) }, `http://localhost:${port}/healthz`);
    runs.push({ label, ms: started.ms });
    await stop(started.child);
  }
  return runs;
}

async function embeddedDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return dist('shared/infrastructure/database/embedded-postgres.js').startDisposablePostgres();
}

async function seedLearners(databaseUrl) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');
  const { buildUser, buildKnowledgeElements, skillsUpToLevel } = dist('seeds/database-builder.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const em = orm.em.fork();
  const content = await loadLearningContent(em);
  const ids = [];
  for (let i = 0; i < LEARNERS; i += 1) {
    const user = await buildUser(em, { firstName: `Élève${i}`, lastName: 'Banc', email: `eleve${i}.${Date.now()}@bench.example.net` });
    ids.push(user.id);
    // A partly positioned profile: 5 competences at levels 1–5 (about 60 knowledge elements).
    const seeds = content.competences.slice(i % 11, (i % 11) + 5).flatMap((competence, k) =>
      skillsUpToLevel(content, competence.id, k + 1).map((skillId) => ({ userId: user.id, skillId })),
    );
    await buildKnowledgeElements(em, content, seeds);
  }
  // Fresh rows: let PostgreSQL gather statistics before measuring (autovacuum would, later, for one side only).
  await em.getConnection().execute('analyze');
  await orm.close(true);
  return ids;
}

const DASHBOARD = `{ me { id firstName profile { pixScore maxPixScore competences {
  competence { id code name area { id code name color } } level pixScore pixToNextLevel } } } }`;

async function dashboard(databaseUrl) {
  const userIds = await seedLearners(databaseUrl);
  const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
  const tokens = new TokenService(SECRET, 3600);
  const bearer = userIds.map((userId) => tokens.issueAccessToken({ userId, platformRole: null }, new Date()).token);

  const apiPort = await freePort();
  const api = await startAndWait(
    path.join(repositoryRoot, 'api/dist/src/main.js'),
    [],
    { DATABASE_URL: databaseUrl, PORT: String(apiPort), ACCESS_TOKEN_SECRET: SECRET, DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20' },
    `http://localhost:${apiPort}/healthz`,
  );
  const body = JSON.stringify({ query: DASHBOARD });
  const probe = await fetch(`http://localhost:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer[0]}` },
    body,
  });
  const statements = Number(probe.headers.get('x-sql-statements'));
  const probeBody = await probe.json();
  if (probeBody.errors) throw new Error(JSON.stringify(probeBody.errors));
  const warm = () => load(LEARNERS, 3, async (user) => (await fetch(`http://localhost:${apiPort}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer[user]}` }, body })).ok);
  await warm();
  const apiFigures = await load(LEARNERS, REQUESTS_PER_LEARNER, async (user) => {
    const response = await fetch(`http://localhost:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer[user]}` },
      body,
    });
    const json = await response.json();
    return response.ok && !json.errors && json.data.me.profile.competences.length === 16;
  });
  await stop(api.child);

  const floorPort = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(floorPort), DATABASE_POOL_MAX: '20' }, `http://localhost:${floorPort}/healthz`);
  await load(LEARNERS, 3, async (user) => (await fetch(`http://localhost:${floorPort}/`, { headers: { 'x-user-id': String(userIds[user]) } })).ok);
  const floorFigures = await load(LEARNERS, REQUESTS_PER_LEARNER, async (user) => {
    const response = await fetch(`http://localhost:${floorPort}/`, { headers: { 'x-user-id': String(userIds[user]) } });
    await response.text();
    return response.ok;
  });
  await stop(floor.child);
  const answers = await answerBenchmark({
    databaseUrl,
    userIds,
    tokens: bearer,
    learners: LEARNERS,
    requestsPerLearner: Number(process.env.BENCH_ANSWERS ?? 15),
    apiEnv: { ACCESS_TOKEN_SECRET: SECRET, DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20' },
  });
  return { apiFigures, floorFigures, statements, answers };
}

// BENCH_ONLY=siecle,learners runs only those (names: dashboard — start-up, dashboard and answers —, siecle, learners,
// export — CSV export of campaign results —, results — collective results of a campaign —, campaign-answer —
// answer + next challenge inside a campaign's test —, throttle — the cost of counting a log-in attempt first —, session — the per-request check of the session version).
const only = (process.env.BENCH_ONLY ?? '').split(',').map((name) => name.trim()).filter(Boolean);
const wanted = (name) => only.length === 0 || only.includes(name);
for (const name of only) if (!['dashboard', 'siecle', 'learners', 'export', 'results', 'campaign-answer', 'throttle', 'session'].includes(name)) throw new Error(`BENCH_ONLY: unknown benchmark ${name}`);
const startup = process.env.BENCH_SKIP_STARTUP || !wanted('dashboard') ? [] : await startupTimes();
const database = await embeddedDatabase();
let figures;
const sections = [];
try {
  if (wanted('dashboard')) figures = await dashboard(database.url);
  if (wanted('siecle')) sections.push(await siecleImportBenchmark(database.url));
  if (wanted('learners')) sections.push(await learnersListBenchmark(database.url));
  if (wanted('export')) sections.push(await campaignExportBenchmark(database.url));
  if (wanted('results')) sections.push(await campaignResultsBenchmark(database.url));
  if (wanted('campaign-answer')) sections.push(await campaignAnswerBenchmark(database.url));
  if (wanted('throttle')) sections.push(await throttleBenchmark(database.url));
  if (wanted('session')) sections.push(await sessionCheckBenchmark(database.url));
} finally {
  await database.stop();
}
if (figures) {
  const { apiFigures, floorFigures, statements, answers } = figures;
  const ratio = apiFigures.p99 / floorFigures.p99;
  report('Foundation: start-up and dashboard', [
    '| mesure | valeur | cible |',
    '|---|---|---|',
    ...startup.map((run) => `| \`npm start\` → /healthz 200, ${run.label} | ${(run.ms / 1000).toFixed(1)} s | ≤ 20 s |`),
    `| dashboard \`me { profile }\`, ${LEARNERS} apprenants simultanés × ${REQUESTS_PER_LEARNER} requêtes : p50 / p99 | ${ms(apiFigures.p50)} / ${ms(apiFigures.p99)} (${apiFigures.perSecond.toFixed(0)} req/s, ${apiFigures.failures} échecs) | |`,
    `| plancher SQL écrit à la main (pg + node:http), même charge : p50 / p99 | ${ms(floorFigures.p50)} / ${ms(floorFigures.p99)} (${floorFigures.perSecond.toFixed(0)} req/s) | |`,
    `| p99 API / p99 plancher | ${ratio.toFixed(2)} × | ≤ 1,5 × |`,
    `| requêtes SQL par requête dashboard | ${statements} | ≤ 3 |`,
  ]);
  const a = answers;
  report('Positioning: answer + next challenge', [
    '| mesure | valeur | cible |',
    '|---|---|---|',
    `| \`answerChallenge\` (réponse + question suivante), ${LEARNERS} apprenants simultanés : p50 / p99 | ${ms(a.measured.p50)} / ${ms(a.measured.p99)} (${a.measured.perSecond.toFixed(0)} réponses/s, ${a.measured.failures} échecs) | |`,
    `| plancher SQL écrit à la main (même lecture, même écriture atomique, pg + node:http) : p50 / p99 | ${ms(a.floorFigures.p50)} / ${ms(a.floorFigures.p99)} (${a.floorFigures.perSecond.toFixed(0)} réponses/s) | |`,
    `| p99 API / p99 plancher | ${(a.measured.p99 / a.floorFigures.p99).toFixed(2)} × | ≤ 1,5 × |`,
    `| allers-retours SQL par réponse (avec un bilan intermédiaire) | ${a.withoutCheckpoint} (${a.withCheckpoint}) | ≤ 4 |`,
    `| moteur seul, une décision (éléments de connaissance + question suivante), ${a.decision.answers} réponses sur ${a.decision.skills} acquis | ${a.decision.ms.toFixed(3)} ms | |`,
  ]);
}
for (const [title, lines] of sections) report(title, lines);
