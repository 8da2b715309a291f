// The cost of checking, on every request, that the access token's session is still going on (log-out,
// password and role changes end it at once). Bounded: USERS accounts, USERS concurrent × REQUESTS
// requests of `me { id firstName }` (the lightest authenticated query: one statement).
// - In process: `authenticate` (JWT + the node's session versions) against the JWT verification alone,
//   on a known account (the steady state) and on an unknown one (one indexed read).
// - Over HTTP: the API beside two hand-written floors (session-floor-server.mjs), same load, same run:
//   without any session check, and with the naive check (one more read per request).
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { SECRET, graphql, startApi } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const USERS = Number(process.env.BENCH_SESSION_USERS ?? 50);
const REQUESTS = Number(process.env.BENCH_SESSION_REQUESTS ?? 40);
const IN_PROCESS_CALLS = Number(process.env.BENCH_SESSION_CALLS ?? 10_000);
const ME = '{ me { id firstName } }';

async function seed(databaseUrl) {
  const { migrate, openOrm } = dist('database.js');
  const { buildUser } = dist('seeds/database-builder.js');
  const orm = await openOrm(databaseUrl);
  await migrate(orm);
  const em = orm.em.fork();
  const ids = [];
  for (let i = 0; i < USERS; i += 1) ids.push((await buildUser(em, { firstName: `Session${i}`, lastName: 'Banc' })).id);
  await em.getConnection().execute('analyze users');
  return { orm, ids };
}

/** Microseconds per call of `fn`, over `calls` sequential calls (after a warm-up). */
async function perCall(calls, fn) {
  for (let i = 0; i < Math.min(1000, calls); i += 1) await fn(i);
  const started = process.hrtime.bigint();
  for (let i = 0; i < calls; i += 1) await fn(i);
  return Number(process.hrtime.bigint() - started) / 1e3 / calls;
}

async function inProcess(databaseUrl, orm, ids, tokens) {
  const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
  const { SessionVersions } = dist('identity-access-management/infrastructure/session-versions.js');
  const { authenticate } = dist('identity-access-management/application/authenticate.js');
  const { sqlStatementScope } = dist('shared/infrastructure/database/orm.js');
  const service = new TokenService(SECRET, 3600);
  const read = async (userId) => {
    const [row] = await orm.em.getConnection().execute('select session_version from users where id = ?', [userId]);
    return row ? Number(row.session_version) : null;
  };
  const sessions = new SessionVersions({ connectionString: databaseUrl, read });
  await sessions.start();
  try {
    const now = new Date();
    const deps = { tokens: service, sessions };
    for (const token of tokens) await authenticate(deps, token, now);
    // Interleaved rounds, the median of each: the machine is shared, one run alone says little.
    const rounds = { jwtOnly: [], known: [], versionOnly: [] };
    const scope = { statements: 0 };
    for (let round = 0; round < 5; round += 1) {
      rounds.jwtOnly.push(await perCall(IN_PROCESS_CALLS, (i) => service.verifyAccessToken(tokens[i % tokens.length], now)));
      rounds.known.push(await sqlStatementScope.run(scope, () => perCall(IN_PROCESS_CALLS, (i) => authenticate(deps, tokens[i % tokens.length], now))));
      rounds.versionOnly.push(await sqlStatementScope.run(scope, () => perCall(IN_PROCESS_CALLS, (i) => sessions.isCurrent(ids[i % ids.length], 0))));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [jwtOnly, known, versionOnly] = [median(rounds.jwtOnly), median(rounds.known), median(rounds.versionOnly)];
    const knownStatements = scope.statements;
    // Unknown accounts: what a node pays the first time it sees one (or while its LISTEN connection is down).
    const cold = new SessionVersions({ connectionString: databaseUrl, read });
    const unknown = await perCall(2000, (i) => cold.isCurrent(ids[i % ids.length], 0));
    return { jwtOnly, known, versionOnly, knownStatements, unknown, listening: sessions.isListening };
  } finally {
    await sessions.stop();
  }
}

async function overHttp(databaseUrl, tokens) {
  const body = JSON.stringify({ query: ME });
  const run = async (url) => {
    const send = (user) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[user]}` }, body }).then(async (r) => {
        const json = await r.json().catch(() => null);
        return r.ok && json?.data?.me?.firstName?.startsWith('Session');
      });
    await load(USERS, 3, send);
    return load(USERS, REQUESTS, send);
  };
  const api = await startApi(databaseUrl, 'warn');
  let figures;
  try {
    const first = await graphql(api.url, tokens[0], ME, {});
    const again = await graphql(api.url, tokens[0], ME, {});
    figures = { firstStatements: Number(first.headers.get('x-sql-statements')), steadyStatements: Number(again.headers.get('x-sql-statements')) };
    figures.api = await run(`${api.url}/graphql`);
  } finally {
    await stop(api.child);
  }
  for (const [label, read] of [['floor', '0'], ['floorWithRead', '1']]) {
    const port = await freePort();
    const floor = await startAndWait(
      path.join(repositoryRoot, 'api/bench/session-floor-server.mjs'),
      [],
      { DATABASE_URL: databaseUrl, PORT: String(port), DATABASE_POOL_MAX: '20', ACCESS_TOKEN_SECRET: SECRET, SESSION_READ: read },
      `http://127.0.0.1:${port}/healthz`,
    );
    try {
      figures[label] = await run(`http://127.0.0.1:${port}/`);
    } finally {
      await stop(floor.child);
    }
  }
  return figures;
}

export async function sessionCheckBenchmark(databaseUrl) {
  const { orm, ids } = await seed(databaseUrl);
  try {
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const service = new TokenService(SECRET, 3600);
    const tokens = ids.map((userId) => service.issueAccessToken({ userId, platformRole: null }, new Date(), 0).token);
    const p = await inProcess(databaseUrl, orm, ids, tokens);
    const h = await overHttp(databaseUrl, tokens);
    const us = (value) => `${value.toFixed(1)} µs`;
    const line = (label, f) => `| ${label} : p50 / p99 | ${ms(f.p50)} / ${ms(f.p99)} (${f.perSecond.toFixed(0)} req/s, ${f.failures} échecs) | |`;
    return [
      'Sessions: checking the session version on every request',
      [
        '| mesure | valeur | cible |',
        '|---|---|---|',
        `| dans le processus (médiane de 5 tours alternés), vérification du JWT seule | ${us(p.jwtOnly)} par requête | |`,
        `| dans le processus, \`authenticate\` (JWT + version de session connue du nœud) | ${us(p.known)} par requête ; ${p.knownStatements} requête SQL sur ${10 * IN_PROCESS_CALLS} | 0 requête SQL |`,
        `| dans le processus, le contrôle de version seul (compte connu du nœud) | ${us(p.versionOnly)} par requête | |`,
        `| dans le processus, compte inconnu du nœud (une lecture indexée) | ${us(p.unknown)} par requête | |`,
        `| requêtes SQL de \`me { id firstName }\` : 1re requête d'un compte sur le nœud / suivantes | ${h.firstStatements} / ${h.steadyStatements} | suivantes : 1 (aucune pour la session) |`,
        line(`API \`me { id firstName }\`, ${USERS} comptes simultanés × ${REQUESTS} requêtes`, h.api),
        line('plancher écrit à la main (JWT + lecture du compte, pg + node:http), sans contrôle de session', h.floor),
        line('même plancher avec le contrôle naïf (une lecture de la version en plus)', h.floorWithRead),
        `| coût du contrôle naïf sur le plancher (p50) | ${ms(h.floorWithRead.p50 - h.floor.p50)} | |`,
        `| p99 API / p99 plancher sans contrôle | ${(h.api.p99 / h.floor.p99).toFixed(2)} × | |`,
        `| connexion LISTEN active pendant la mesure | ${p.listening ? 'oui' : 'non'} | oui |`,
      ],
    ];
  } finally {
    await orm.close(true);
  }
}
