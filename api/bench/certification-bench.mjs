// `node api/bench/run.mjs certification`: one certification session of 300 candidates answering at once
// with its invigilator subscribed (graphql-ws): the answer's p50/p99, the delay from an answer to the
// invigilator's event, beside the positioning answer and its floor measured in the same run with the same
// number of learners; then the API's memory per open subscription (1 000 connections), measured inside the
// API process (memory-probe.mjs).
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { answerBenchmark } from './answer-bench.mjs';
import { freePort, ms, percentile, postmasterPid, processCpuMs, repositoryRoot, rotationLines, startAndWait, stop, withCpu } from './lib.mjs';
import { inspectorArgs, perConnectionLines } from './memory-probe.mjs';
import { measureSubscriptions } from './subscription-memory-bench.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 300);
const ANSWERS_EACH = Number(process.env.BENCH_CERTIFICATION_ANSWERS ?? 5);
const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1000);
const SECRET = 'secret-de-banc-d-essai';
const API_ENV = { ACCESS_TOKEN_SECRET: SECRET, DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20', THROTTLE_ADDRESS_FAILURES: '100000' };

const JOIN = 'mutation J($i: JoinCertificationSessionInput!) { joinCertificationSession(input: $i) { id assessment { id } } }';
const SUPERVISE = 'mutation S($i: SuperviseSessionInput!) { superviseSession(input: $i) { accessToken } }';
const AUTHORIZE = 'mutation A($id: ID!) { authorizeCandidate(candidateId: $id) { id } }';
const CURRENT = 'query C($id: ID!) { assessment(id: $id) { currentChallenge { id } } }';
const ANSWER = 'mutation A($i: AnswerChallengeInput!) { answerChallenge(input: $i) { answer { id } nextChallenge { id } } }';
const SUBSCRIBE = 'subscription S($id: ID!) { sessionActivity(sessionId: $id) { candidateId kind at } }';

async function graphql(port, token, query, variables) {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** In batches, not to measure the set-up. */
async function inBatches(items, size, work) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

async function seed(databaseUrl) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');
  const { buildUser, buildKnowledgeElements, skillsUpToLevel } = dist('seeds/database-builder.js');
  const { buildCertificationCenter, buildCertificationSession, buildCertificationCandidate } = dist('seeds/certification-builder.js');
  const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const em = orm.em.fork();
  const content = await loadLearningContent(em);
  const centre = await buildCertificationCenter(em, { name: 'Centre du banc', type: 'PRO' });
  const session = await buildCertificationSession(em, { certificationCenterId: centre.id });
  const tokens = new TokenService(SECRET, 3600);
  const candidates = [];
  for (let i = 0; i < CANDIDATES; i += 1) {
    const who = { firstName: `Candidat${i}`, lastName: 'Banc', birthdate: '2009-01-01' };
    const user = await buildUser(em, { ...who, email: `candidat${i}.${Date.now()}@bench.example.net` });
    // Certifiable: 6 competences at level 2 (18 questions).
    await buildKnowledgeElements(em, content, content.competences.slice(i % 10, (i % 10) + 6).flatMap((c) => skillsUpToLevel(content, c.id, 2).map((skillId) => ({ userId: user.id, skillId }))));
    const candidate = await buildCertificationCandidate(em, { sessionId: session.id, ...who });
    candidates.push({ ...who, userId: user.id, candidateId: candidate.id, token: tokens.issueAccessToken({ userId: user.id, platformRole: null }, new Date()).token });
  }
  await em.getConnection().execute('analyze');
  await orm.close(true);
  return { session, candidates };
}

export async function certificationBenchmark(databaseUrl) {
  const { session, candidates } = await seed(databaseUrl);
  // The positioning answer and its floor, same run, same number of learners (they answer positioning tests).
  const positioning = await answerBenchmark({
    databaseUrl,
    userIds: candidates.map((c) => c.userId),
    tokens: candidates.map((c) => c.token),
    learners: CANDIDATES,
    rounds: 1,
    apiEnv: API_ENV,
  });

  // Two API processes on the database: the invigilator follows on A, half the candidates answer on A and
  // half on B (the event of a B candidate crosses processes through the bus).
  const port = await freePort();
  const inspectorPort = await freePort();
  const api = await startAndWait(path.join(repositoryRoot, 'api/dist/src/main.js'), [], { ...API_ENV, DATABASE_URL: databaseUrl, PORT: String(port) }, `http://localhost:${port}/healthz`, 120_000, inspectorArgs(inspectorPort));
  const portB = await freePort();
  const apiB = await startAndWait(path.join(repositoryRoot, 'api/dist/src/main.js'), [], { ...API_ENV, DATABASE_URL: databaseUrl, PORT: String(portB) }, `http://localhost:${portB}/healthz`);
  candidates.forEach((c, i) => (c.port = i % 2 === 0 ? port : portB));
  const onB = new Set(candidates.filter((c) => c.port === portB).map((c) => String(c.candidateId)));
  const clients = [];
  try {
    await inBatches(candidates, 20, async (c) => {
      const joined = (await graphql(port, c.token, JOIN, { i: { sessionNumber: String(session.id), accessCode: session.accessCode, firstName: c.firstName, lastName: c.lastName, birthdate: c.birthdate } })).joinCertificationSession;
      c.assessmentId = joined.assessment.id;
    });
    const invigilator = (await graphql(port, null, SUPERVISE, { i: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } })).superviseSession.accessToken;
    await inBatches(candidates, 20, async (c) => {
      await graphql(port, invigilator, AUTHORIZE, { id: String(c.candidateId) });
      c.current = (await graphql(port, c.token, CURRENT, { id: c.assessmentId })).assessment.currentChallenge.id;
    });

    // The invigilator's subscription: each event's delay from the answer's moment on the server (taken
    // before its write: an upper bound of the delay from its commit) to its arrival.
    const delays = [];
    const crossDelays = [];
    const subscribe = (onEvent) =>
      new Promise((resolve, reject) => {
        const client = createClient({ url: `ws://localhost:${port}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${invigilator}` }, retryAttempts: 0, lazy: false });
        clients.push(client);
        client.on('connected', () => setTimeout(resolve, 100));
        client.on('error', reject);
        client.subscribe({ query: SUBSCRIBE, variables: { id: String(session.id) } }, { next: (r) => r.data && onEvent(r.data.sessionActivity), error: reject, complete: () => undefined });
      });
    await subscribe((event) => {
      if (event.kind === 'ANSWERED' || event.kind === 'ENDED') (onB.has(event.candidateId) ? crossDelays : delays).push(Date.now() - Date.parse(event.at));
    });

    const answerRound = async (count) => {
      const latencies = [];
      let failures = 0;
      const started = performance.now();
      const pgPid = await postmasterPid(databaseUrl);
      const cpuB0 = processCpuMs(apiB.child.pid);
      const cpu = await withCpu(api.child.pid, pgPid, () =>
        Promise.all(
          candidates.map(async (c) => {
            for (let i = 0; i < count && c.current; i += 1) {
              const t = performance.now();
              try {
                const outcome = (await graphql(c.port, c.token, ANSWER, { i: { assessmentId: c.assessmentId, challengeId: c.current, value: '#ABAND#', idempotencyKey: randomUUID() } })).answerChallenge;
                c.current = outcome.nextChallenge?.id ?? null;
              } catch {
                failures += 1;
              }
              latencies.push(performance.now() - t);
            }
          }),
        ),
      );
      return { latencies: latencies.sort((a, b) => a - b), failures, seconds: (performance.now() - started) / 1000, ...cpu, nodeMs: cpu.nodeMs + processCpuMs(apiB.child.pid) - cpuB0 };
    };
    await answerRound(1); // warm-up
    await new Promise((resolve) => setTimeout(resolve, 1000));
    delays.length = 0;
    crossDelays.length = 0;
    const measured = await answerRound(ANSWERS_EACH);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const sortedDelays = delays.sort((a, b) => a - b);
    const sortedCross = crossDelays.sort((a, b) => a - b);

    // Memory per open subscription, inside the API process (the invigilator's own subscription stays open).
    const memory = await measureSubscriptions({ port, inspectorPort, token: invigilator, sessionId: session.id, count: SUBSCRIPTIONS });

    const n = measured.latencies.length;
    return [
      'Certification: 300 candidates answering with the invigilator subscribed',
      [
        `Une session de ${CANDIDATES} candidats autorisés ; chacun répond ${ANSWERS_EACH} questions de suite (« Je passe »), tous en même temps, après un tour de chauffe d'une réponse ; deux processus d'API sur la base : le surveillant est abonné à \`sessionActivity\` (graphql-ws) sur A, la moitié des candidats répond sur A, l'autre sur B (bus d'événements PostgreSQL LISTEN/NOTIFY) ; CPU Node = A + B. Délai de l'événement : du commit de la réponse (l'instant que porte l'événement, horloge du serveur) à sa réception par le surveillant.`,
        '',
        '| mesure | p50 | p99 | nombre | cible |',
        '|---|---|---|---|---|',
        `| réponse de certification (API) | ${ms(percentile(measured.latencies, 50))} | ${ms(percentile(measured.latencies, 99))} | ${n} (${measured.failures} échecs, ${(n / measured.seconds).toFixed(0)} réponses/s, CPU ${(measured.nodeMs / n).toFixed(2)} + ${(measured.pgMs / n).toFixed(2)} ms par réponse) | — |`,
        `| réponse → événement du surveillant, même processus | ${ms(percentile(sortedDelays, 50))} | ${ms(percentile(sortedDelays, 99))} | ${sortedDelays.length} événements | p99 ≤ 1 s |`,
        `| réponse → événement du surveillant, d'un processus à l'autre (PostgreSQL LISTEN/NOTIFY) | ${ms(percentile(sortedCross, 50))} | ${ms(percentile(sortedCross, 99))} | ${sortedCross.length} événements | p99 ≤ 1 s |`,
        '',
        `Réponse de positionnement et son plancher, même run, ${CANDIDATES} apprenants simultanés (1 tour) :`,
        '',
        ...rotationLines(positioning.figures, 'plancher', 'réponses', false),
        '',
        `Mémoire de l'API A par abonnement ouvert (${SUBSCRIPTIONS} connexions WebSocket du surveillant abonnées, mesurée dans le processus après GC complets : voir memory-probe.mjs) :`,
        '',
        ...perConnectionLines(SUBSCRIPTIONS, memory.before, memory.open, memory.closed),
      ],
    ];
  } finally {
    for (const client of clients) await client.dispose();
    await stop(api.child);
    await stop(apiB.child);
  }
}
