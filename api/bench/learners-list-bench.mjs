// The pupils-list benchmark (Orga): a school of PUPILS pupils (the SIECLE fixture generator, written
// straight into organization_learners, 1 in 5 with an account) and STAFF members. SQL statements per
// request for pages of 10, 50 and 100, read from the API's own log line (LOG_LEVEL=info, `sqlStatements`);
// then p50/p99 at STAFF concurrent members × REQUESTS requests (pages of 50, without and with a class
// filter) beside a hand-written floor (learners-floor-server.mjs) under the same load, same run.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import pg from 'pg';
import { encodeSiecleXml, generateSiecleXml } from '../test/fixtures/siecle/generate.mjs';
import { freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { SECRET, apiReader, freshUai, graphql, startApi, upsertPupils } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const PUPILS = Number(process.env.BENCH_LIST_PUPILS ?? 5000);
const STAFF = Number(process.env.BENCH_LIST_USERS ?? 50);
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 20);
const PAGE = 50;

const LIST = `query L($id: ID!, $first: Int, $after: String, $f: LearnerFilter) { organization(id: $id) {
  learners(first: $first, after: $after, filter: $f) { totalCount edges { node {
    id firstName lastName birthdate division nationalStudentId authenticationMethods } } } } }`;
const cursor = (offset) => (offset > 0 ? Buffer.from(`offset:${offset - 1}`).toString('base64url') : null);

async function seed(databaseUrl) {
  const uai = freshUai(2);
  // The generator's pupils, read and checked as the import does, written by hand (no import job).
  // In 64 KiB chunks as a file stream gives them (the reader's "value too long" check miscounts one huge chunk).
  const xml = encodeSiecleXml(generateSiecleXml({ uai, pupils: PUPILS }));
  const chunks = Array.from({ length: Math.ceil(xml.length / 65536) }, (_, i) => xml.subarray(i * 65536, (i + 1) * 65536));
  const pupils = await apiReader(Readable.from(chunks), uai);
  const { migrate, openOrm } = dist('database.js');
  const { buildMembership, buildOrganization, buildUser } = dist('seeds/database-builder.js');
  const orm = await openOrm(databaseUrl);
  await migrate(orm);
  const em = orm.em.fork();
  const school = await buildOrganization(em, { name: 'Lycée de la liste', type: 'SCO', uai, isManagingStudents: true });
  const staff = [];
  for (let i = 0; i < STAFF; i += 1) {
    const user = await buildUser(em, { firstName: `Prof${i}`, lastName: 'Banc' });
    await buildMembership(em, school.id, user.id, i === 0 ? 'ADMIN' : 'MEMBER');
    staff.push(user.id);
  }
  await orm.close(true);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if ((await upsertPupils(client, school.id, pupils)) !== PUPILS) throw new Error('pupils not all inserted');
    // 1 pupil in 5 has an account: by e-mail (1 in 10) or by username (the other).
    await client.query(
      `insert into users (first_name, last_name, email, username, password_hash)
       select first_name, last_name, case when id % 10 = 0 then 'eleve.' || id || '@banc.example.net' end,
              case when id % 10 = 5 then 'eleve.' || id end, 'sans-mot-de-passe'
       from organization_learners where organization_id = $1 and id % 5 = 0`,
      [school.id],
    );
    await client.query(
      `update organization_learners l set user_id = u.id from users u
       where l.organization_id = $1 and l.id % 5 = 0 and (u.email = 'eleve.' || l.id || '@banc.example.net' or u.username = 'eleve.' || l.id)`,
      [school.id],
    );
    const divisions = (await client.query('select distinct division from organization_learners where organization_id = $1 order by 1', [school.id])).rows.map((r) => r.division);
    await client.query('analyze organization_learners; analyze users; analyze memberships');
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const tokens = new TokenService(SECRET, 3600);
    return { organizationId: school.id, divisions, tokens: staff.map((userId) => tokens.issueAccessToken({ userId, platformRole: null }, new Date()).token) };
  } finally {
    await client.end();
  }
}

/** The API's log line for one request (`graphql`, with its `sqlStatements`), found by its request id. */
async function logLineOf(api, requestId) {
  for (let waited = 0; waited < 3000; waited += 20) {
    for (const line of api.output().split('\n')) {
      if (!line.includes(requestId)) continue;
      const entry = JSON.parse(line);
      if (entry.requestId === requestId && entry.msg === 'graphql') return entry;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no log line for request ${requestId} (LOG_LEVEL=info?)`);
}

async function statementsPerRequest(databaseUrl, school) {
  const api = await startApi(databaseUrl, 'info');
  try {
    const counts = {};
    for (const [label, filter] of [['sans filtre', null], ['classe + recherche', { division: school.divisions[0], search: 'a' }]]) {
      counts[label] = [];
      for (const first of [10, 50, 100]) {
        const requestId = `banc-liste-${first}-${counts[label].length}-${Date.now()}`;
        const variables = { id: String(school.organizationId), first, after: cursor(filter ? 0 : 200), f: filter };
        const { data, headers } = await graphql(api.url, school.tokens[1], LIST, variables, { 'x-request-id': requestId });
        const { learners } = data.organization;
        if (!filter && (learners.totalCount !== PUPILS || learners.edges.length !== first)) throw new Error(`list: ${learners.totalCount} pupils, ${learners.edges.length} on the page`);
        const logged = await logLineOf(api, requestId);
        if (String(logged.sqlStatements) !== headers.get('x-sql-statements')) throw new Error(`log says ${logged.sqlStatements} statements, header ${headers.get('x-sql-statements')}`);
        counts[label].push(logged.sqlStatements);
      }
    }
    return counts;
  } finally {
    await stop(api.child);
  }
}

/** For request i of user u: a page of 50 over the whole list, or one class (all its pupils on one page). */
const requestOf = (school, filtered, user, i) => {
  const n = user * REQUESTS + i;
  return filtered
    ? { first: PAGE, offset: 0, division: school.divisions[n % school.divisions.length] }
    : { first: PAGE, offset: ((n * 7) % Math.ceil(PUPILS / PAGE)) * PAGE, division: null };
};
const checked = (school, r, learners) =>
  learners.edges.length > 0 && (r.division ? learners.totalCount === learners.edges.length && learners.edges.every((e) => e.node.division === r.division) : learners.totalCount === PUPILS && learners.edges.length === Math.min(PAGE, PUPILS - r.offset));

async function underLoad(school, send) {
  const figures = {};
  for (const filtered of [false, true]) {
    await load(STAFF, 3, async (user, i) => checked(school, requestOf(school, filtered, user, i), await send(user, requestOf(school, filtered, user, i))));
    figures[filtered ? 'division' : 'all'] = await load(STAFF, REQUESTS, async (user, i) => {
      const r = requestOf(school, filtered, user, i);
      return checked(school, r, await send(user, r));
    });
  }
  return figures;
}

export async function learnersListBenchmark(databaseUrl) {
  const school = await seed(databaseUrl);
  const statements = await statementsPerRequest(databaseUrl, school);

  const api = await startApi(databaseUrl, 'warn');
  let apiFigures;
  try {
    apiFigures = await underLoad(school, async (user, r) => {
      const variables = { id: String(school.organizationId), first: r.first, after: cursor(r.offset), f: r.division ? { division: r.division } : null };
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${school.tokens[user]}` },
        body: JSON.stringify({ query: LIST, variables }),
      });
      const json = await response.json();
      return response.ok && !json.errors ? json.data.organization.learners : { edges: [] };
    });
  } finally {
    await stop(api.child);
  }

  const port = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/learners-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(port), DATABASE_POOL_MAX: '20' }, `http://127.0.0.1:${port}/healthz`);
  let floorFigures;
  try {
    floorFigures = await underLoad(school, async (user, r) => {
      const query = new URLSearchParams({ organization: String(school.organizationId), first: String(r.first), offset: String(r.offset), ...(r.division ? { division: r.division } : {}) });
      const response = await fetch(`http://127.0.0.1:${port}/?${query}`);
      return response.ok ? (await response.json()).data.organization.learners : { edges: [] };
    });
  } finally {
    await stop(floor.child);
  }

  const constant = (list) => list.every((n) => n === list[0]);
  const line = (label, a, f) => [
    `| ${label}, ${STAFF} membres simultanés × ${REQUESTS} requêtes : p50 / p99 | ${ms(a.p50)} / ${ms(a.p99)} (${a.perSecond.toFixed(0)} req/s, ${a.failures} échecs) | |`,
    `| plancher SQL écrit à la main (mêmes deux lectures, pg + node:http), même charge : p50 / p99 | ${ms(f.p50)} / ${ms(f.p99)} (${f.perSecond.toFixed(0)} req/s, ${f.failures} échecs) | |`,
    `| p99 API / p99 plancher | ${(a.p99 / f.p99).toFixed(2)} × | |`,
  ];
  return [
    'Orga: liste des élèves',
    [
      `École de ${PUPILS} élèves (${school.divisions.length} classes, 1 sur 5 avec un compte) et ${STAFF} membres ; \`organization(id) { learners(first, after, filter) { totalCount edges { node { id firstName lastName birthdate division nationalStudentId authenticationMethods } } } }\`.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      ...Object.entries(statements).map(
        ([label, counts]) => `| requêtes SQL par requête (ligne \`graphql\` du journal, \`sqlStatements\`), ${label}, pages de 10 / 50 / 100 | ${counts.join(' / ')} | constant quelle que soit la taille de page : ${constant(counts) ? 'atteinte' : '**non atteinte**'} |`,
      ),
      ...line('pages de 50 sans filtre (pages 1 à 100)', apiFigures.all, floorFigures.all),
      ...line('filtre par classe (une classe par requête)', apiFigures.division, floorFigures.division),
    ],
  ];
}
