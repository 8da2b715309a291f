// The organisations benchmark (Pix Admin, issue 16): ORGANIZATIONS organisations (names in French with
// accents, a UAI for schools, one tag in three) and STAFF accounts of the support team. SQL statements per
// request for pages of 10, 50 and 100 (the `x-sql-statements` header of a development API); then p50/p99
// at STAFF concurrent staff × REQUESTS searches (a word typed without accents, pages of 50 with their
// tags) beside a hand-written floor (admin-organizations-floor-server.mjs) under the same load, same run.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { SECRET, graphql, startApi } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const ORGANIZATIONS = Number(process.env.BENCH_ORGANIZATIONS ?? 5000);
const STAFF = Number(process.env.BENCH_ADMIN_USERS ?? 20);
const REQUESTS = Number(process.env.BENCH_ADMIN_REQUESTS ?? 20);
const PAGE = 50;
/** What staff type: lower case, no accents (the names have them). */
const TERMS = ['lycee', 'college', 'ecole', 'etienne', 'universite', 'saint', 'jean', 'coeur'];

export const SEARCH = `query S($first: Int, $offset: Int, $filter: OrganizationsFilter) { organizations(first: $first, offset: $offset, filter: $filter) {
  totalCount edges { node { id name type uai externalId archivedAt tags { id name } } } } }`;

const KINDS = [['Lycée', 'SCO'], ['Collège', 'SCO'], ['École', 'SCO'], ['Université', 'SUP'], ['Mairie', 'PRO']];
const PLACES = ['Saint-Étienne', 'Jean Moulin', 'Cœur de Loire', 'Émile Zola', 'Marie Curie', 'Érasme', 'Jean Jaurès', 'Pierre Mendès France', 'Hélène Boucher', 'Saint-Exupéry'];

async function seed(databaseUrl) {
  const { migrate, openOrm } = dist('database.js');
  const { buildUser } = dist('seeds/database-builder.js');
  const orm = await openOrm(databaseUrl);
  await migrate(orm);
  const em = orm.em.fork();
  const staff = [];
  for (let i = 0; i < STAFF; i += 1) staff.push((await buildUser(em, { firstName: `Support${i}`, lastName: 'Banc', platformRole: 'SUPPORT' })).id);
  await orm.close(true);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('delete from organization_tags');
    await client.query(
      `insert into organizations (name, type, uai, external_id)
       select k.name || ' ' || p.place || ' ' || n, k.type, case when k.type = 'SCO' then lpad((1000000 + n)::text, 7, '0') || 'B' end, 'EXT-' || n
       from generate_series(1, $1) n
       cross join lateral (select ($2::text[])[1 + n % 5] as name, ($3::text[])[1 + n % 5] as type) k
       cross join lateral (select ($4::text[])[1 + (n / 5) % 10] as place) p`,
      [ORGANIZATIONS, KINDS.map((k) => k[0]), KINDS.map((k) => k[1]), PLACES],
    );
    // One organisation in three carries a tag, the six tags in turn.
    await client.query(`insert into organization_tags (organization_id, tag_id)
      select o.id, t.id from (select id, row_number() over (order by id) as n from organizations) o
      join (select id, row_number() over (order by id) - 1 as k from tags) t on t.k = (o.n / 3) % 6 where o.n % 3 = 0`);
    const privateTagId = String((await client.query(`select id from tags where name = 'Privé'`)).rows[0].id);
    await client.query('analyze organizations; analyze organization_tags; analyze tags');
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const tokens = new TokenService(SECRET, 3600);
    return { privateTagId, tokens: staff.map((userId) => tokens.issueAccessToken({ userId, platformRole: 'SUPPORT' }, new Date()).token) };
  } finally {
    await client.end();
  }
}

async function statementsPerRequest(databaseUrl, bench) {
  const api = await startApi(databaseUrl, 'warn');
  try {
    const counts = {};
    // A first request, not counted: the process reads once what it keeps for the next ones.
    await graphql(api.url, bench.tokens[0], SEARCH, { first: 10, offset: 0, filter: null });
    for (const [label, filter] of [['recherche « lycee »', { name: 'lycee' }], ['type + étiquette « Privé »', { type: 'SCO', tagIds: [bench.privateTagId] }]]) {
      counts[label] = [];
      for (const first of [10, 50, 100]) {
        const { data, headers } = await graphql(api.url, bench.tokens[0], SEARCH, { first, offset: 0, filter });
        if (data.organizations.edges.length !== first) throw new Error(`${label}: ${data.organizations.edges.length} on a page of ${first}`);
        const statements = headers.get('x-sql-statements');
        if (statements === null) throw new Error('no x-sql-statements header (NODE_ENV=development?)');
        counts[label].push(Number(statements));
      }
    }
    return counts;
  } finally {
    await stop(api.child);
  }
}

const requestOf = (user, i) => {
  const n = user * REQUESTS + i;
  return { term: TERMS[n % TERMS.length], offset: (n % 3) * PAGE };
};
const checked = (organizations) => organizations.totalCount > 0 && organizations.edges.length > 0;

export async function adminOrganizationsBenchmark(databaseUrl) {
  const bench = await seed(databaseUrl);
  const statements = await statementsPerRequest(databaseUrl, bench);

  const api = await startApi(databaseUrl, 'warn');
  let apiFigures;
  try {
    const send = async (user, r) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bench.tokens[user]}` },
        body: JSON.stringify({ query: SEARCH, variables: { first: PAGE, offset: r.offset, filter: { name: r.term } } }),
      });
      const json = await response.json();
      return response.ok && !json.errors ? checked(json.data.organizations) : false;
    };
    await load(STAFF, 3, (user, i) => send(user, requestOf(user, i)));
    apiFigures = await load(STAFF, REQUESTS, (user, i) => send(user, requestOf(user, i)));
  } finally {
    await stop(api.child);
  }

  const port = await freePort();
  const floor = await startAndWait(
    path.join(repositoryRoot, 'api/bench/admin-organizations-floor-server.mjs'),
    [],
    { DATABASE_URL: databaseUrl, PORT: String(port), DATABASE_POOL_MAX: '20' },
    `http://127.0.0.1:${port}/healthz`,
  );
  let floorFigures;
  try {
    const send = async (_user, r) => {
      const response = await fetch(`http://127.0.0.1:${port}/?${new URLSearchParams({ name: r.term, first: String(PAGE), offset: String(r.offset) })}`);
      return response.ok ? checked((await response.json()).data.organizations) : false;
    };
    await load(STAFF, 3, (user, i) => send(user, requestOf(user, i)));
    floorFigures = await load(STAFF, REQUESTS, (user, i) => send(user, requestOf(user, i)));
  } finally {
    await stop(floor.child);
  }

  const constant = (list) => list.every((n) => n === list[0]);
  return [
    'Pix Admin: recherche des organisations',
    [
      `${ORGANIZATIONS} organisations (noms accentués, UAI pour les SCO, une sur trois avec une étiquette), ${STAFF} comptes SUPPORT ; \`organizations(first, offset, filter: { name }) { totalCount edges { node { id name type uai externalId archivedAt tags { id name } } } }\`, le mot tapé sans accents (« lycee », « coeur », « etienne »…).`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      ...Object.entries(statements).map(
        ([label, counts]) => `| requêtes SQL par requête (en-tête \`x-sql-statements\`), ${label}, pages de 10 / 50 / 100 | ${counts.join(' / ')} | constant quelle que soit la taille de page : ${constant(counts) ? 'atteinte' : '**non atteinte**'} |`,
      ),
      `| recherche par nom, pages de 50, ${STAFF} comptes simultanés × ${REQUESTS} requêtes : p50 / p99 | ${ms(apiFigures.p50)} / ${ms(apiFigures.p99)} (${apiFigures.perSecond.toFixed(0)} req/s, ${apiFigures.failures} échecs) | |`,
      `| plancher SQL écrit à la main (mêmes trois lectures, pg + node:http), même charge : p50 / p99 | ${ms(floorFigures.p50)} / ${ms(floorFigures.p99)} (${floorFigures.perSecond.toFixed(0)} req/s, ${floorFigures.failures} échecs) | |`,
      `| p99 API / p99 plancher | ${(apiFigures.p99 / floorFigures.p99).toFixed(2)} × | |`,
    ],
  ];
}
