// The integrators' benchmark: a school of PUPILS pupils (1 in 5 with an account, 1 in 10 through the
// GAR) read by an API client with `organizationLearnersByUai`, pages of 100: SQL statements per page
// (x-sql-statements) across the whole school, then p50/p99 at CLIENTS concurrent readers beside a
// hand-written floor (integrators-floor-server.mjs) under the same load; and the token endpoint
// (`POST /oauth/token`, client credentials) p50/p99 at TOKEN_CLIENTS concurrent clients; then
// `certificationResultsByUai` for the same school (integrators-certification-bench.mjs). Two sections.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { freshUai, startApi } from './siecle-import-bench.mjs';
import { certificationResultsSection, seedCertifications } from './integrators-certification-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const PUPILS = Number(process.env.BENCH_INTEGRATORS_PUPILS ?? 2000);
const CLIENTS = Number(process.env.BENCH_INTEGRATORS_CLIENTS ?? 20);
const REQUESTS = Number(process.env.BENCH_INTEGRATORS_REQUESTS ?? 20);
const TOKEN_CLIENTS = Number(process.env.BENCH_TOKEN_CLIENTS ?? 50);
const TOKEN_REQUESTS = Number(process.env.BENCH_TOKEN_REQUESTS ?? 10);
const PAGE = 100;
const SECRET_OF_CLIENT = 'secret-du-client-de-banc-d-essai-0123456789abcdef';

const QUERY = `query L($uai: String!, $first: Int, $after: String) { organizationLearnersByUai(uai: $uai, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id ine firstName lastName birthdate division hasLeft loginMethods } } } }`;
const cursor = (offset) => (offset > 0 ? Buffer.from(`offset:${offset - 1}`).toString('base64url') : null);

async function seed(databaseUrl) {
  const uai = freshUai(5);
  const { migrate, openOrm } = dist('database.js');
  const orm = await openOrm(databaseUrl);
  await migrate(orm);
  await orm.close(true);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [school] } = await client.query(`insert into organizations (name, type, uai, is_managing_students) values ('Collège du banc', 'SCO', $1, true) returning id`, [uai]);
    await client.query(
      `insert into organization_learners (organization_id, national_student_id, first_name, last_name, birthdate, division)
       select $1, lpad(i::text, 9, '0') || 'AB', 'Élève' || i, 'BANC' || i, date '2011-01-01' + (i % 365), '4' || chr(65 + i % 8) from generate_series(1, $2) as i`,
      [school.id, PUPILS],
    );
    await client.query(
      `insert into users (first_name, last_name, username, password_hash)
       select first_name, last_name, 'banc.' || id, 'sans-mot-de-passe' from organization_learners where organization_id = $1 and id % 5 = 0`,
      [school.id],
    );
    await client.query(`update organization_learners l set user_id = u.id from users u where l.organization_id = $1 and u.username = 'banc.' || l.id`, [school.id]);
    await client.query(`insert into gar_identities (user_id, ido) select user_id, 'ido-' || id from organization_learners where organization_id = $1 and id % 10 = 0 and user_id is not null`, [school.id]);
    const clientId = `pix_banc_${Date.now()}`;
    await client.query(
      `insert into api_clients (client_id, name, scopes, uais, secret_hash, rate_limit_per_minute) values ($1, 'Banc', $2, $3, $4, 1000000)`,
      [clientId, ['organization-learners:read', 'certification-results:read'], [uai], createHash('sha256').update(SECRET_OF_CLIENT).digest('hex')],
    );
    await client.query('analyze organization_learners; analyze users; analyze gar_identities; analyze api_clients');
    return { uai, clientId };
  } finally {
    await client.end();
  }
}

const basic = (clientId) => `Basic ${Buffer.from(`${clientId}:${SECRET_OF_CLIENT}`).toString('base64')}`;

async function tokenOf(url, clientId) {
  const response = await fetch(`${url}/oauth/token`, { method: 'POST', headers: { authorization: basic(clientId), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
  const body = await response.json();
  if (!body.access_token) throw new Error(`token: ${JSON.stringify(body)}`);
  return body.access_token;
}

export async function integratorsBenchmark(databaseUrl) {
  const school = await seed(databaseUrl);
  const api = await startApi(databaseUrl, 'warn');
  const floorPort = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/integrators-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(floorPort), DATABASE_POOL_MAX: '20' }, `http://127.0.0.1:${floorPort}/healthz`);
  try {
    const token = await tokenOf(api.url, school.clientId);
    const pages = Math.ceil(PUPILS / PAGE);
    const statements = new Set();
    let after = null;
    for (let page = 0; page < pages; page += 1) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { uai: school.uai, first: PAGE, after } }),
      });
      const body = await response.json();
      if (body.errors || body.data.organizationLearnersByUai.totalCount !== PUPILS) throw new Error(JSON.stringify(body.errors ?? body.data));
      statements.add(Number(response.headers.get('x-sql-statements')));
      after = body.data.organizationLearnersByUai.pageInfo.endCursor;
    }
    const offsetOf = (user, i) => (((user * REQUESTS + i) * 7) % pages) * PAGE;
    const viaApi = (user, i) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY, variables: { uai: school.uai, first: PAGE, after: cursor(offsetOf(user, i)) } }),
      }).then(async (r) => r.ok && !(await r.json()).errors);
    const viaFloor = (user, i) => fetch(`http://127.0.0.1:${floorPort}/?uai=${school.uai}&first=${PAGE}&offset=${offsetOf(user, i)}`).then(async (r) => r.ok && (await r.json()).data.organizationLearnersByUai.edges.length > 0);
    await load(CLIENTS, 3, viaApi); // warm-up
    await load(CLIENTS, 3, viaFloor);
    const apiFigures = await load(CLIENTS, REQUESTS, viaApi);
    const floorFigures = await load(CLIENTS, REQUESTS, viaFloor);
    const tokens = await load(TOKEN_CLIENTS, TOKEN_REQUESTS, () =>
      fetch(`${api.url}/oauth/token`, { method: 'POST', headers: { authorization: basic(school.clientId), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' }).then((r) => r.ok),
    );
    // Then the certification results of the same school (seeded now: every certified pupil needs an account).
    await seedCertifications(databaseUrl, { uai: school.uai, pupils: PUPILS });
    const certification = await certificationResultsSection({ apiUrl: api.url, floorUrl: `http://127.0.0.1:${floorPort}`, token, uai: school.uai, pupils: PUPILS, clients: CLIENTS, requests: REQUESTS, cursor });
    const row = (name, f) => `| ${name} | ${f.requests} | ${f.failures} | ${ms(f.p50)} | ${ms(f.p99)} | ${f.perSecond.toFixed(0)} |`;
    return [[
      'Integrators: organizationLearnersByUai and the token endpoint',
      [
        `Un établissement de ${PUPILS} élèves (1 sur 5 avec un compte, 1 sur 10 par le GAR), pages de ${PAGE}. ${CLIENTS} lecteurs simultanés × ${REQUESTS} pages, après une chauffe. Plancher : la même page en SQL écrit à la main (pg) derrière node:http, sans jeton, sans audit de l'appel ni limite de débit.`,
        '',
        '| variante | requêtes | échecs | p50 | p99 | req/s |',
        '|---|---|---|---|---|---|',
        row('API (`organizationLearnersByUai`)', apiFigures),
        row('plancher', floorFigures),
        row(`\`POST /oauth/token\`, ${TOKEN_CLIENTS} clients simultanés`, tokens),
        '',
        `Requêtes SQL par page (les ${pages} pages de l'établissement) : ${[...statements].join(', ')} (admission du client et audit de l'appel, limite de débit, établissement par UAI (organizational-entities), la page et son total (learner-management), les modes de connexion des comptes de la page (identity-access-management) : l'intégration lit chaque contexte par sa surface publique).`,
      ],
    ], certification];
  } finally {
    await stop(floor.child);
    await stop(api.child);
  }
}
