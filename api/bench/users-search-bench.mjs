// The users-search benchmark (Pix Admin's "Utilisateurs"): USERS accounts with French names (accents,
// ligatures, e-mails and usernames), written straight into users, and STAFF support members. SQL
// statements per request for pages of 10, 50 and 100, read from the API's `x-sql-statements` header
// (outside production);
// then p50/p99 at STAFF concurrent members × REQUESTS searches beside a hand-written floor
// (users-floor-server.mjs) under the same load, same run.
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { SECRET, graphql, startApi } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const USERS = Number(process.env.BENCH_USERS ?? 100_000);
const STAFF = Number(process.env.BENCH_USERS_STAFF ?? 20);
const REQUESTS = Number(process.env.BENCH_USERS_REQUESTS ?? 20);
const PAGE = 20;

const FIRST = ['Zoé', 'Étienne', 'Anaïs', 'Chloé', 'Hélène', 'Jérôme', 'Noé', 'Maëlle', 'Loïc', 'Inès', 'Théo', 'Léa', 'Gaël', 'Océane', 'Benoît', 'Camille', 'Hugo', 'Emma', 'Lucas', 'Manon'];
const LAST = ['Cœurdevey', 'Martin', 'Lefèvre', "D'Arcy", 'Bernard', 'Pétain-Roux', 'Moreau', 'Girard', 'Faure', 'Lætitia', 'Dubois', 'Rousseau', 'Mercier', 'Blanchard', 'Gauthier', 'Perrin', 'Morel', 'Fournier', 'Chevalier', 'Lambert'];
/** What the support team types: a name without its accents, two words, an e-mail's part, a username's part, nothing. */
const SEARCHES = ['coeurdevey', 'etienne lefevre', 'zoe coeurdevey', 'helene.girard', 'noe.morel', 'laetitia', 'martin', 'd\'arcy ines', 'anais', '', 'x7z9'];
const LIST = `query U($first: Int, $offset: Int, $filter: UsersFilter) { users(first: $first, offset: $offset, filter: $filter) {
  totalCount edges { node { id firstName lastName email username createdAt } } } }`;

async function seed(databaseUrl) {
  const { migrate, openOrm } = dist('database.js');
  const { buildUser } = dist('seeds/database-builder.js');
  const orm = await openOrm(databaseUrl);
  await migrate(orm);
  const staff = [];
  for (let i = 0; i < STAFF; i += 1) staff.push((await buildUser(orm.em.fork(), { firstName: `Support${i}`, lastName: 'Banc', platformRole: 'SUPPORT' })).id);
  await orm.close(true);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const run = Date.now().toString(36);
    // 2 in 3 with an e-mail, 1 in 3 with a username (pupils), a few with both.
    await client.query(
      `insert into users (first_name, last_name, email, username, password_hash)
       select f[1 + i % array_length(f, 1)], l[1 + (i / 20) % array_length(l, 1)],
              case when i % 3 <> 2 then lower(unaccent(f[1 + i % array_length(f, 1)] || '.' || l[1 + (i / 20) % array_length(l, 1)])) || '.' || i || '.${run}@banc.example.net' end,
              case when i % 3 = 2 or i % 17 = 0 then lower(unaccent(f[1 + i % array_length(f, 1)] || '.' || l[1 + (i / 20) % array_length(l, 1)])) || '.${run}.' || i end,
              'sans-mot-de-passe'
       from generate_series(1, $1::int) as i, (select $2::text[] as f, $3::text[] as l) as names`,
      [USERS, FIRST, LAST],
    );
    await client.query('analyze users');
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const tokens = new TokenService(SECRET, 3600);
    return { tokens: staff.map((userId) => tokens.issueAccessToken({ userId, platformRole: 'SUPPORT' }, new Date()).token) };
  } finally {
    await client.end();
  }
}

async function statementsPerRequest(databaseUrl, fixture) {
  const api = await startApi(databaseUrl, 'warn');
  try {
    // The first request of an account also reads its session version (then kept in memory): not a page's cost.
    await graphql(api.url, fixture.tokens[0], LIST, { first: 1 });
    const counts = {};
    for (const search of ['', 'zoe coeurdevey']) {
      const label = search ? `recherche « ${search} »` : 'sans recherche';
      counts[label] = [];
      for (const first of [10, 50, 100]) {
        const { data, headers } = await graphql(api.url, fixture.tokens[0], LIST, { first, offset: 0, filter: { search } });
        if (data.users.edges.length !== first) throw new Error(`users: ${data.users.edges.length} on a page of ${first}`);
        counts[label].push(Number(headers.get('x-sql-statements')));
      }
    }
    return counts;
  } finally {
    await stop(api.child);
  }
}

const requestOf = (user, i) => ({ search: SEARCHES[(user * REQUESTS + i) % SEARCHES.length], offset: ((user + i) % 3) * PAGE });
const checked = (users) => users.totalCount >= 0 && Array.isArray(users.edges);

async function underLoad(send) {
  await load(STAFF, 3, async (user, i) => checked(await send(user, requestOf(user, i))));
  return load(STAFF, REQUESTS, async (user, i) => checked(await send(user, requestOf(user, i))));
}

export async function usersSearchBenchmark(databaseUrl) {
  const fixture = await seed(databaseUrl);
  const statements = await statementsPerRequest(databaseUrl, fixture);
  const api = await startApi(databaseUrl, 'warn');
  let apiFigures;
  try {
    apiFigures = await underLoad(async (user, r) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${fixture.tokens[user]}` },
        body: JSON.stringify({ query: LIST, variables: { first: PAGE, offset: r.offset, filter: { search: r.search } } }),
      });
      const json = await response.json();
      return response.ok && !json.errors ? json.data.users : null;
    });
  } finally {
    await stop(api.child);
  }
  const port = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/users-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(port), DATABASE_POOL_MAX: '20' }, `http://127.0.0.1:${port}/healthz`);
  let floorFigures;
  try {
    floorFigures = await underLoad(async (_user, r) => {
      const response = await fetch(`http://127.0.0.1:${port}/?${new URLSearchParams({ search: r.search, first: String(PAGE), offset: String(r.offset) })}`);
      return response.ok ? (await response.json()).data.users : null;
    });
  } finally {
    await stop(floor.child);
  }
  const constant = (list) => list.every((n) => n === list[0]);
  const a = apiFigures;
  const f = floorFigures;
  return [
    'Admin: recherche des utilisateurs',
    [
      `${USERS} comptes (noms français accentués, 2 sur 3 avec un e-mail, 1 sur 3 avec un identifiant) et ${STAFF} membres SUPPORT ; \`users(first, offset, filter: { search }) { totalCount edges { node { id firstName lastName email username createdAt } } }\`, recherches mêlées : ${SEARCHES.map((s) => `« ${s} »`).join(', ')}.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      ...Object.entries(statements).map(
        ([label, counts]) => `| requêtes SQL par requête (en-tête \`x-sql-statements\`), ${label}, pages de 10 / 50 / 100 | ${counts.join(' / ')} | constant quelle que soit la taille de page : ${constant(counts) ? 'atteinte' : '**non atteinte**'} |`,
      ),
      `| pages de ${PAGE}, ${STAFF} membres simultanés × ${REQUESTS} requêtes : p50 / p99 | ${ms(a.p50)} / ${ms(a.p99)} (${a.perSecond.toFixed(0)} req/s, ${a.failures} échecs) | |`,
      `| plancher SQL écrit à la main (mêmes deux lectures, même index, pg + node:http), même charge : p50 / p99 | ${ms(f.p50)} / ${ms(f.p99)} (${f.perSecond.toFixed(0)} req/s, ${f.failures} échecs) | |`,
      `| p99 API / p99 plancher | ${(a.p99 / f.p99).toFixed(2)} × | |`,
    ],
  ];
}
