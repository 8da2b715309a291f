// The challenge-statistics benchmark (Pix Admin's "Difficulté mesurée"): ANSWERS recorded answers
// (1 million by default) in completed positioning tests of LEARNERS learners, 20 answers a test,
// written straight into the tables by generate_series (a learner's ability per test, success by a
// logistic curve of ability − level, 5 % of the failures skipped, a knowledge element per answer).
// Measures, in this process through the compiled use case: a full refresh of the tallies, an
// incremental one after NEW more answers, and one with nothing new (the recurring job's idle cost).
// Then the SQL statements per page (10 / 50 / 100) and p50/p99 of `challengeStatistics` at STAFF
// concurrent METIER members × REQUESTS pages, beside a hand-written floor reading the same aggregate
// (challenge-statistics-floor-server.mjs) under the same load, same run.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { SECRET, graphql, startApi } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const ANSWERS = Number(process.env.BENCH_STATS_ANSWERS ?? 1_000_000);
const NEW = Number(process.env.BENCH_STATS_NEW ?? 10_000);
const LEARNERS = Number(process.env.BENCH_STATS_LEARNERS ?? 10_000);
const STAFF = Number(process.env.BENCH_STATS_STAFF ?? 20);
const REQUESTS = Number(process.env.BENCH_STATS_REQUESTS ?? 20);
const PER_TEST = 20;

const PAGE = `query S($first: Int, $offset: Int, $filter: ChallengeStatisticsFilterInput) { challengeStatistics(first: $first, offset: $offset, filter: $filter) {
  totalCount refreshedAt edges { node { id reference skillName competenceCode declaredLevel measuredLevel answers successRate skipRate medianTimeSeconds
  successByLevel { level answers successRate significant } flags { code reason } } } } }`;

/** `tests` completed tests of the bench's learners, PER_TEST answers each, with their knowledge elements. */
async function addTests(client, run, tests) {
  await client.query('begin');
  await client.query(
    `create temp table bench_tests on commit drop as
     with learners as (select array_agg(id order by id) as ids from users where email like $2),
          competences as (select array_agg(competence_id order by competence_id) as ids from bench_challenges_count where n >= ${PER_TEST})
     select l.ids[1 + t % array_length(l.ids, 1)] as user_id, c.ids[1 + (t / array_length(l.ids, 1) + t) % array_length(c.ids, 1)] as competence_id,
            random() * 7 as ability, t
     from generate_series(1, $1::int) as t, learners l, competences c`,
    [tests, `stat%.${run}@banc.example.net`],
  );
  await client.query('alter table bench_tests add column assessment_id int');
  await client.query(
    `with inserted as (
       insert into assessments (user_id, competence_id, type, state, completed_at)
       select user_id, competence_id, 'COMPETENCE_EVALUATION', 'COMPLETED', now() from bench_tests order by t returning id
     ), numbered as (select id, row_number() over (order by id) as t from inserted)
     update bench_tests b set assessment_id = n.id from numbered n where n.t = b.t`,
  );
  await client.query(
    `insert into answers (assessment_id, challenge_id, value, result, time_spent_seconds, idempotency_key)
     select b.assessment_id, ch.id, 'x',
            case when random() < 1 / (1 + exp(ch.level - 0.5 - b.ability)) then 'ok' when random() < 0.05 then 'skipped' else 'ko' end,
            (8 + random() * 90)::int, 'b' || b.assessment_id || '-' || j
     from bench_tests b cross join generate_series(1, ${PER_TEST}) as j
     join bench_challenges_count cc on cc.competence_id = b.competence_id
     join bench_challenges ch on ch.competence_id = b.competence_id and ch.rn = 1 + (b.assessment_id * 7 + j) % cc.n`,
  );
  await client.query(
    `insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id)
     select b.user_id, ch.skill_id, ch.competence_id, case when a.result = 'ok' then 'validated' else 'invalidated' end, 'direct',
            case when a.result = 'ok' then 8.0 / 3 else 0 end, a.assessment_id, a.id
     from bench_tests b join answers a on a.assessment_id = b.assessment_id join bench_challenges ch on ch.id = a.challenge_id`,
  );
  await client.query('commit');
}

async function seed(databaseUrl) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { buildUser } = dist('seeds/database-builder.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const staff = [];
  for (let i = 0; i < STAFF; i += 1) staff.push((await buildUser(orm.em.fork(), { firstName: `Contenu${i}`, lastName: 'Banc', platformRole: 'METIER' })).id);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const run = Date.now().toString(36);
  const started = performance.now();
  try {
    await client.query(
      `insert into users (first_name, last_name, email, password_hash)
       select 'Apprenant', 'Stat' || i, 'stat' || i || '.${run}@banc.example.net', 'sans-mot-de-passe' from generate_series(1, $1::int) as i`,
      [LEARNERS],
    );
    await client.query(
      `create temp table bench_challenges as select c.id, s.id as skill_id, s.level, s.competence_id, row_number() over (partition by s.competence_id order by c.id) as rn
       from challenges c join skills s on s.id = c.skill_id where c.status = 'validated' and s.status = 'active'`,
    );
    await client.query('create temp table bench_challenges_count as select competence_id, count(*)::int as n from bench_challenges group by competence_id');
    await addTests(client, run, Math.ceil(ANSWERS / PER_TEST));
    await client.query('analyze');
    const [{ count }] = (await client.query('select count(*)::int as count from answers')).rows;
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const tokens = new TokenService(SECRET, 3600);
    return { orm, client, run, answers: count, seedMs: performance.now() - started, tokens: staff.map((userId) => tokens.issueAccessToken({ userId, platformRole: 'METIER' }, new Date()).token) };
  } catch (error) {
    await client.end();
    await orm.close(true);
    throw error;
  }
}

async function refreshes(fixture) {
  const { refreshChallengeStatistics } = dist('evaluation/application/challenge-statistics.usecase.js');
  const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const content = await loadLearningContent(fixture.orm.em.fork());
  const deps = { orm: fixture.orm, clock: { now: () => new Date() }, logger: createLogger('warn'), content: () => content };
  const timed = async (job) => {
    const t = performance.now();
    const outcome = await refreshChallengeStatistics(deps, job);
    return { ...outcome, ms: performance.now() - t };
  };
  const first = await timed({ full: true });
  const again = await timed({ full: true });
  await addTests(fixture.client, fixture.run, Math.ceil(NEW / PER_TEST));
  const incremental = await timed({});
  const idle = await timed({});
  return { first, again, incremental, idle };
}

const requestOf = (user, i) => {
  const k = user * REQUESTS + i;
  return { first: [20, 50, 100][k % 3], offset: (k % 4) * 20, filter: { flaggedOnly: k % 2 === 0, competenceId: k % 5 === 0 ? '1.1' : null } };
};
const checked = (page) => page && page.totalCount >= 0 && Array.isArray(page.edges);

async function underLoad(send) {
  await load(STAFF, 3, async (user, i) => checked(await send(user, requestOf(user, i))));
  return load(STAFF, REQUESTS, async (user, i) => checked(await send(user, requestOf(user, i))));
}

export async function challengeStatisticsBenchmark(databaseUrl) {
  const fixture = await seed(databaseUrl);
  let timings;
  try {
    timings = await refreshes(fixture);
  } finally {
    await fixture.client.end();
    await fixture.orm.close(true);
  }
  const api = await startApi(databaseUrl, 'warn');
  let apiFigures;
  const statements = [];
  let flagged = 0;
  let rows = 0;
  try {
    await graphql(api.url, fixture.tokens[0], PAGE, { first: 1 });
    for (const first of [10, 50, 100]) {
      const { data, headers } = await graphql(api.url, fixture.tokens[0], PAGE, { first });
      statements.push(Number(headers.get('x-sql-statements')));
      rows = data.challengeStatistics.totalCount;
    }
    flagged = (await graphql(api.url, fixture.tokens[0], PAGE, { first: 1, filter: { flaggedOnly: true } })).data.challengeStatistics.totalCount;
    apiFigures = await underLoad(async (user, variables) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.tokens[user]}` },
        body: JSON.stringify({ query: PAGE, variables }),
      });
      const json = await response.json();
      return response.ok && !json.errors ? json.data.challengeStatistics : null;
    });
  } finally {
    await stop(api.child);
  }
  const port = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/challenge-statistics-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(port), DATABASE_POOL_MAX: '20' }, `http://127.0.0.1:${port}/healthz`);
  let floorFigures;
  try {
    floorFigures = await underLoad(async (_user, v) => {
      const query = new URLSearchParams({ first: String(v.first), offset: String(v.offset), flaggedOnly: String(v.filter.flaggedOnly), competenceId: v.filter.competenceId ?? '' });
      const response = await fetch(`http://127.0.0.1:${port}/?${query}`);
      return response.ok ? (await response.json()).data.challengeStatistics : null;
    });
  } finally {
    await stop(floor.child);
  }
  const { first, again, incremental, idle } = timings;
  const a = apiFigures;
  const f = floorFigures;
  const constant = statements.every((n) => n === statements[0]);
  return [
    'Admin: difficulté mesurée des épreuves',
    [
      `${fixture.answers} réponses (${ANSWERS} voulues) de tests de positionnement terminés, ${PER_TEST} par test, ${LEARNERS} apprenants, une connaissance par réponse, écrites par generate_series en ${(fixture.seedMs / 1000).toFixed(0)} s ; ${rows} épreuves comptées, dont ${flagged} signalées. Rafraîchissements par le cas d'usage compilé (une transaction, sous le verrou), dans ce processus ; la page \`challengeStatistics\` (pages de 20 / 50 / 100, filtres mêlés) par ${STAFF} membres METIER simultanés.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      `| rafraîchissement complet, base froide (${first.tests} tests, ${first.answers} réponses) | ${ms(first.ms)} | |`,
      `| rafraîchissement complet, à nouveau | ${ms(again.ms)} | |`,
      `| rafraîchissement incrémental après ${incremental.answers} nouvelles réponses (${incremental.tests} tests) | ${ms(incremental.ms)} | |`,
      `| rafraîchissement sans rien de nouveau (le job récurrent au repos) | ${ms(idle.ms)} | |`,
      `| requêtes SQL par page (en-tête \`x-sql-statements\`), pages de 10 / 50 / 100 | ${statements.join(' / ')} | constant quelle que soit la taille de page : ${constant ? 'atteinte' : '**non atteinte**'} |`,
      `| ${STAFF} membres simultanés × ${REQUESTS} pages : p50 / p99 | ${ms(a.p50)} / ${ms(a.p99)} (${a.perSecond.toFixed(0)} req/s, ${a.failures} échecs) | |`,
      `| plancher SQL écrit à la main (la même lecture de l'agrégat, pg + node:http), même charge : p50 / p99 | ${ms(f.p50)} / ${ms(f.p99)} (${f.perSecond.toFixed(0)} req/s, ${f.failures} échecs) | |`,
      `| p99 API / p99 plancher | ${(a.p99 / f.p99).toFixed(2)} × | |`,
    ],
  ];
}
