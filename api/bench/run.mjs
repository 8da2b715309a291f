// `npm run bench`: start-up time of the platform and the dashboard query under load, beside a
// hand-written floor measured in the same run. Appends the figures to docs/benchmarks.md.
import { chmodSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort, load, postmasterPid, report, repositoryRoot, rotate, rotationLines, startAndWait, stop, tempDir, withCpu } from './lib.mjs';
import { answerBenchmark, apiVariants } from './answer-bench.mjs';
import { siecleImportBenchmark } from './siecle-import-bench.mjs';
import { learnersListBenchmark } from './learners-list-bench.mjs';
import { campaignExportBenchmark } from './campaign-export-bench.mjs';
import { campaignResultsBenchmark } from './campaign-results-bench.mjs';
import { campaignAnswerBenchmark } from './campaign-answer-bench.mjs';
import { throttleBenchmark } from './throttle-bench.mjs';
import { sessionCheckBenchmark } from './session-check-bench.mjs';
import { certificationBenchmark } from './certification-bench.mjs';
import { subscriptionMemoryBenchmark } from './subscription-memory-bench.mjs';
import { pdfBenchmark } from './pdf-bench.mjs';
import { integratorsBenchmark } from './integrators-bench.mjs';
import { juryBenchmark } from './jury-bench.mjs';
import { certificatesBenchmark } from './certificates-bench.mjs';
import { adminOrganizationsBenchmark } from './admin-organizations-bench.mjs';
import { usersSearchBenchmark } from './users-search-bench.mjs';
import { challengeStatisticsBenchmark } from './challenge-statistics-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
/** Requests of each learner in one measured phase of the dashboard; rounds of every variant, rotated. */
const REQUESTS_PER_LEARNER = Number(process.env.BENCH_REQUESTS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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

/** `count` learners; learner i has the profile of learner i % LEARNERS (the answer benchmark gives each variant its own, alike). */
async function seedLearners(databaseUrl, count) {
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
  for (let i = 0; i < count; i += 1) {
    const user = await buildUser(em, { firstName: `Élève${i}`, lastName: 'Banc', email: `eleve${i}.${Date.now()}@bench.example.net` });
    ids.push(user.id);
    // A partly positioned profile: 5 competences at levels 1–5 (about 60 knowledge elements).
    const shift = (i % LEARNERS) % 11;
    const seeds = content.competences.slice(shift, shift + 5).flatMap((competence, k) =>
      skillsUpToLevel(content, competence.id, k + 1).map((skillId) => ({ userId: user.id, skillId })),
    );
    await buildKnowledgeElements(em, content, seeds);
  }
  // Fresh rows: let PostgreSQL gather statistics before measuring (autovacuum would, later, for one side only).
  await em.getConnection().execute('analyze');
  await orm.close(true);
  return ids;
}

/** The dashboard's second floor: the same reads, the answer made by graphql-js alone (floor-server.mjs, FLOOR_GRAPHQL=1). */
const GRAPHQL_FLOOR = 'plancher GraphQL (graphql-js seul)';

const DASHBOARD = `{ me { id firstName profile { pixScore maxPixScore competences {
  competence { id code name area { id code name color } } level pixScore pixToNextLevel } } } }`;

/** Each API variant against the GraphQL floor: what the API costs beyond graphql-js's own execution of the same document. */
function againstGraphqlFloor(figures) {
  const floor = figures.get(GRAPHQL_FLOOR);
  const floorCpu = floor.nodeMsPer + floor.pgMsPer;
  return [
    `Plancher GraphQL : mêmes lectures préparées, réponse produite par \`execute\` de graphql-js (document analysé et validé une fois, résolveurs par défaut) ; ce que paie au moins tout serveur GraphQL bâti sur graphql-js.`,
    '',
    '| variante | p99 ÷ plancher GraphQL | débit ÷ plancher GraphQL | CPU ÷ plancher GraphQL |',
    '|---|---|---|---|',
    ...[...figures]
      .filter(([name]) => name.startsWith('API'))
      .map(([name, f]) => `| ${name} | ${(f.p99 / floor.p99).toFixed(2)} × | ${(f.perSecond / floor.perSecond).toFixed(2)} × | ${((f.nodeMsPer + f.pgMsPer) / floorCpu).toFixed(2)} × |`),
  ];
}

/** The dashboard query for each API variant beside its floor, rotated within each round; CPU per request. */
async function dashboard(databaseUrl, userIds, bearer) {
  const apiEnv = { ACCESS_TOKEN_SECRET: SECRET, DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20' };
  const variants = [];
  // BENCH_PROFILE=<folder>: a CPU profile of each server, the floors' too (to compare them function by function).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  try {
    for (const api of apiVariants()) {
      const port = await freePort();
      const started = await startAndWait(path.join(api.dist, 'src/main.js'), [], { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(port) }, `http://localhost:${port}/healthz`, 120_000, profile);
      variants.push({ name: api.name, port, child: started.child, path: '/graphql' });
    }
    const floorPort = await freePort();
    const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/floor-server.mjs'), [], { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(floorPort) }, `http://localhost:${floorPort}/healthz`, 120_000, profile);
    variants.push({ name: 'plancher', port: floorPort, child: floor.child, path: '/' });
    const graphqlFloorPort = await freePort();
    const graphqlFloor = await startAndWait(
      path.join(repositoryRoot, 'api/bench/floor-server.mjs'),
      [],
      { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(graphqlFloorPort), FLOOR_GRAPHQL: '1' },
      `http://localhost:${graphqlFloorPort}/healthz`,
      120_000,
      profile,
    );
    variants.push({ name: GRAPHQL_FLOOR, port: graphqlFloorPort, child: graphqlFloor.child, path: '/' });
    const body = JSON.stringify({ query: DASHBOARD });
    const send = (variant, user) =>
      fetch(`http://localhost:${variant.port}${variant.path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer[user]}` }, body });
    // Statements of a learner's first request to this API process (its session version is read then), and of the next.
    const statements = [];
    for (let i = 0; i < 2; i += 1) {
      const probe = await send(variants.find((v) => v.name === 'API'), 0);
      statements.push(Number(probe.headers.get('x-sql-statements')));
      const probeBody = await probe.json();
      if (probeBody.errors) throw new Error(JSON.stringify(probeBody.errors));
    }
    // The floors do the same work as the API: the same answer to the same learner, or no measure.
    for (const user of [0, 1, LEARNERS - 1]) {
      const answers = await Promise.all(variants.map(async (variant) => JSON.stringify(await (await send(variant, user)).json())));
      const differing = variants.filter((_, i) => answers[i] !== answers[0]);
      if (differing.length > 0) throw new Error(`${differing.map((v) => v.name).join(', ')}: not the API's answer\n${answers.join('\n')}`);
    }
    const pgPid = await postmasterPid(databaseUrl);
    const phase = async (variant) => {
      const { result, nodeMs, pgMs } = await withCpu(variant.child.pid, pgPid, () =>
        load(LEARNERS, REQUESTS_PER_LEARNER, async (user) => {
          const response = await send(variant, user);
          const json = await response.json();
          return response.ok && !json.errors && json.data.me.profile.competences.length === 16;
        }),
      );
      return { ...result, nodeMs, pgMs };
    };
    await rotate(variants, 1, phase); // warm-up
    const figures = await rotate(variants, ROUNDS, phase);
    return { figures, statements };
  } finally {
    for (const variant of variants) await stop(variant.child);
  }
}

// `node api/bench/run.mjs answer dashboard` (or BENCH_ONLY=answer,dashboard) runs only those. Names: startup
// (start-up time), dashboard (`me { profile }`), answer (answer + next challenge), siecle, learners, export
// (CSV export of campaign results), results (collective results of a campaign), campaign-answer (answer +
// next challenge inside a campaign's test), throttle (the cost of counting a log-in attempt first), session (the
// per-request check of the session version), certification (300 candidates answering with the invigilator subscribed),
// subscriptions (the API's memory per open invigilator subscription, measured inside the process), pdf (a session's attendance sheet for 300 candidates and its
// incident report form), integrators (organizationLearnersByUai and certificationResultsByUai for a school of 2 000 pupils, the token endpoint),
// jury (scoring a session of 30 and 300 candidates at finalisation: time and SQL statements),
// certificates (an attestation, a class's attestations in one streamed PDF, the public verification beside its floor),
// admin-organizations (Pix Admin's search among 5 000 organisations), users (Pix Admin's search of 100 000 accounts),
// challenge-statistics (the measured difficulty of the challenges on 1 million answers: refresh times, the page beside its floor).
// BENCH_BASELINE_DIST=<a copy of an earlier api/dist> measures that build too, in the same rounds as the current one and the floors.
const NAMES = [
  'startup', 'dashboard', 'answer', 'siecle', 'learners', 'export', 'results', 'campaign-answer', 'throttle', 'session', 'certification', 'pdf',
  'integrators', 'jury', 'certificates', 'subscriptions', 'admin-organizations', 'users', 'challenge-statistics',
];
const only = [...process.argv.slice(2), ...(process.env.BENCH_ONLY ?? '').split(',')].map((name) => name.trim()).filter(Boolean);
const wanted = (name) => only.length === 0 || only.includes(name);
for (const name of only) if (!NAMES.includes(name)) throw new Error(`unknown benchmark ${name} (known: ${NAMES.join(', ')})`);
const startup = process.env.BENCH_SKIP_STARTUP || !wanted('startup') ? [] : await startupTimes();
const sections = [];
// Documents need no database.
if (wanted('pdf')) sections.push(await pdfBenchmark());
const needsDatabase = NAMES.filter((name) => name !== 'startup' && name !== 'pdf').some(wanted);
const database = needsDatabase ? await embeddedDatabase() : { url: '', stop: async () => {} };
const variantsNote = `Variantes mesurées à tour de rôle dans chaque tour (ordre décalé d'un tour à l'autre), après un tour de chauffe ; CPU lu dans /proc (processus Node du serveur ; processus de PostgreSQL, y compris ceux qui ont quitté) avant et après chaque phase.`;
try {
  // The answer benchmark's variants (each API build and the floor) have LEARNERS learners each.
  const learnerGroups = wanted('answer') ? apiVariants().length + 1 : 1;
  const seeded = wanted('dashboard') || wanted('answer') ? await seedLearners(database.url, LEARNERS * learnerGroups) : null;
  const bearer = seeded && (() => {
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const tokens = new TokenService(SECRET, 3600);
    return seeded.map((userId) => tokens.issueAccessToken({ userId, platformRole: null }, new Date()).token);
  })();
  if (wanted('dashboard')) {
    const { figures, statements } = await dashboard(database.url, seeded, bearer);
    sections.push([
      'Dashboard `me { profile }` beside its floor',
      [
        `${LEARNERS} apprenants simultanés × ${REQUESTS_PER_LEARNER} requêtes par phase, ${ROUNDS} tours. Plancher : le même travail sans cadriciel — les trois requêtes SQL de l'API (importées de ses dépôts ; pg, requêtes préparées nommées), les mêmes lectures de lignes et le même cas d'usage (\`learnerProfileOf\`), derrière node:http, jeton vérifié comme l'API, JSON écrit à la main ; ses réponses sont comparées à celles de l'API avant toute mesure. ${variantsNote}`,
        '',
        ...rotationLines(figures, 'plancher', 'req'),
        '',
        ...againstGraphqlFloor(figures),
        '',
        `Requêtes SQL par requête dashboard : ${statements[1]}, et ${statements[0]} à la première requête d'un apprenant sur ce processus (sa version de session est lue alors) ; cible ≤ 3.`,
      ],
    ]);
  }
  if (wanted('answer')) {
    const rounds = Number(process.env.BENCH_ANSWER_ROUNDS ?? 4);
    const a = await answerBenchmark({
      databaseUrl: database.url,
      userIds: seeded,
      tokens: bearer,
      learners: LEARNERS,
      rounds,
      apiEnv: { ACCESS_TOKEN_SECRET: SECRET, DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20' },
    });
    sections.push([
      'Positioning: answer + next challenge beside an honest floor',
      [
        `${LEARNERS} apprenants simultanés par variante (chacune les siens, aux mêmes profils, sur les mêmes compétences dans le même ordre) ; une phase = chaque apprenant répond jusqu'à son prochain bilan (inclus) ou la fin de son test ; ${rounds} tours. Seules les réponses sont chronométrées (démarrer ou reprendre un test se fait entre deux phases). Plancher : la même logique (vérification de la réponse, moteur, éléments de connaissance, bilan) par les mêmes fonctions du domaine et le même SQL que le dépôt de l'API, en requêtes préparées nommées, derrière node:http + pg, jeton vérifié comme l'API. ${variantsNote}`,
        '',
        ...rotationLines(a.figures, 'plancher', 'réponses'),
        '',
        `Allers-retours SQL par réponse (API) : ${a.withoutCheckpoint} (${a.withCheckpoint} avec un bilan) ; cible ≤ 4.`,
        `Moteur seul, une décision (éléments de connaissance + question suivante), ${a.decision.answers} réponses sur ${a.decision.skills} acquis : ${a.decision.ms.toFixed(3)} ms.`,
      ],
    ]);
  }
  if (wanted('siecle')) sections.push(await siecleImportBenchmark(database.url));
  if (wanted('learners')) sections.push(await learnersListBenchmark(database.url));
  if (wanted('export')) sections.push(await campaignExportBenchmark(database.url));
  if (wanted('results')) sections.push(await campaignResultsBenchmark(database.url));
  if (wanted('campaign-answer')) sections.push(await campaignAnswerBenchmark(database.url));
  if (wanted('throttle')) sections.push(await throttleBenchmark(database.url));
  if (wanted('session')) sections.push(await sessionCheckBenchmark(database.url));
  if (wanted('certification')) sections.push(await certificationBenchmark(database.url));
  if (wanted('subscriptions')) sections.push(await subscriptionMemoryBenchmark(database.url));
  if (wanted('integrators')) sections.push(...(await integratorsBenchmark(database.url)));
  if (wanted('jury')) sections.push(await juryBenchmark(database.url));
  if (wanted('certificates')) sections.push(await certificatesBenchmark(database.url));
  if (wanted('admin-organizations')) sections.push(await adminOrganizationsBenchmark(database.url));
  if (wanted('users')) sections.push(await usersSearchBenchmark(database.url));
  if (wanted('challenge-statistics')) sections.push(await challengeStatisticsBenchmark(database.url));
} finally {
  await database.stop();
}
if (startup.length)
  report('Foundation: start-up', [
    '| mesure | valeur | cible |',
    '|---|---|---|',
    ...startup.map((run) => `| \`npm start\` → /healthz 200, ${run.label} | ${(run.ms / 1000).toFixed(1)} s | ≤ 20 s |`),
  ]);
for (const [title, lines] of sections) report(title, lines);
