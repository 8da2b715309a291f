// `node api/bench/run.mjs subscriptions`: the memory of the API per open invigilator subscription
// (graphql-ws `sessionActivity`), measured inside the API process (memory-probe.mjs: the V8 inspector,
// after full garbage collections) before, with `BENCH_SUBSCRIPTIONS` (1 000) subscriptions open, and
// after closing them.
import path from 'node:path';
import { createRequire } from 'node:module';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { freePort, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { inspectorArgs, openProbe, perConnectionLines } from './memory-probe.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);
const API_ENV = { ACCESS_TOKEN_SECRET: 'secret-de-banc-d-essai', DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development' };
const SUPERVISE = 'mutation S($i: SuperviseSessionInput!) { superviseSession(input: $i) { accessToken } }';
const SUBSCRIBE = 'subscription S($id: ID!) { sessionActivity(sessionId: $id) { candidateId kind at } }';

async function seedSession(databaseUrl) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { buildCertificationCenter, buildCertificationSession } = dist('seeds/certification-builder.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const em = orm.em.fork();
  const centre = await buildCertificationCenter(em, { name: 'Centre du banc (mémoire)', type: 'PRO' });
  const session = await buildCertificationSession(em, { certificationCenterId: centre.id });
  await orm.close(true);
  return session;
}

/**
 * Opens `count` subscriptions of the invigilator to the session on the API at `port` (50 at a time,
 * each acknowledged by the server), adding their clients to `clients`; `subscribe: false` opens the
 * connections only (graphql-ws acknowledged, no subscription).
 */
export async function openSubscriptions(port, token, sessionId, count, clients, subscribe = true) {
  const one = () =>
    new Promise((resolve, reject) => {
      const client = createClient({ url: `ws://localhost:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: false });
      clients.push(client);
      client.on('connected', () => setTimeout(resolve, 100));
      client.on('error', reject);
      if (subscribe) client.subscribe({ query: SUBSCRIBE, variables: { id: String(sessionId) } }, { next: () => undefined, error: reject, complete: () => undefined });
    });
  for (let i = 0; i < count; i += 50) await Promise.all(Array.from({ length: Math.min(50, count - i) }, one));
}

/** Before / open / after-closing memory of the API process for `count` subscriptions (bytes). */
export async function measureSubscriptions({ port, inspectorPort, token, sessionId, count, subscribe = true }) {
  const probe = await openProbe(inspectorPort);
  const clients = [];
  try {
    // One subscription first, closed: the code paths of a subscription are loaded and warmed before "before".
    await openSubscriptions(port, token, sessionId, 1, clients);
    await clients.pop().dispose();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await probe.settledMemory();
    await openSubscriptions(port, token, sessionId, count, clients, subscribe);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const open = await probe.settledMemory();
    for (const client of clients.splice(0)) await client.dispose();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const closed = await probe.settledMemory();
    return { before, open, closed };
  } finally {
    for (const client of clients) await client.dispose();
    probe.close();
  }
}

export async function subscriptionMemoryBenchmark(databaseUrl) {
  const session = await seedSession(databaseUrl);
  const port = await freePort();
  const inspectorPort = await freePort();
  const api = await startAndWait(path.join(repositoryRoot, 'api/dist/src/main.js'), [], { ...API_ENV, DATABASE_URL: databaseUrl, PORT: String(port) }, `http://localhost:${port}/healthz`, 120_000, inspectorArgs(inspectorPort));
  try {
    const response = await fetch(`http://localhost:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SUPERVISE, variables: { i: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } } }),
    });
    const token = (await response.json()).data.superviseSession.accessToken;
    const { before, open, closed } = await measureSubscriptions({ port, inspectorPort, token, sessionId: session.id, count: SUBSCRIPTIONS });
    const connections = await measureSubscriptions({ port, inspectorPort, token, sessionId: session.id, count: SUBSCRIPTIONS, subscribe: false });
    return [
      `Certification: API memory per open invigilator subscription (${SUBSCRIPTIONS} connections)`,
      [
        `Un processus d'API ; ${SUBSCRIPTIONS} connexions WebSocket (graphql-ws) du surveillant, chacune abonnée à \`sessionActivity\` de la même session, ouvertes 50 à la fois. Mémoire mesurée dans le processus de l'API (inspecteur V8 ouvert par le banc sur une adresse locale, \`--inspect=127.0.0.1:port\` : trois GC complets, puis \`process.memoryUsage()\`), avant (après un abonnement de chauffe fermé), abonnements ouverts, puis après leur fermeture.`,
        '',
        ...perConnectionLines(SUBSCRIPTIONS, before, open, closed),
        '',
        `Pour comparer, ${SUBSCRIPTIONS} connexions graphql-ws acceptées (jeton du surveillant), sans abonnement :`,
        '',
        ...perConnectionLines(SUBSCRIPTIONS, connections.before, connections.open, connections.closed, { plural: 'connexions ouvertes', each: 'par connexion' }),
      ],
    ];
  } finally {
    await stop(api.child);
  }
}
