import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, logInToken } from '../../../e2e/support/api-client';
import { startPlatformProcess, type PlatformProcess } from '../../../e2e/support/platform-process';
import { openOrm } from '../../src/database';
import { LearningContentCache } from '../../src/learning-content/infrastructure/learning-content.cache';
import { buildCertificationCandidate, buildCertificationCenter, buildCertificationSession } from '../../src/seeds/certification-builder';
import { buildKnowledgeElements, buildUser, skillsUpToLevel } from '../../src/seeds/database-builder';
import { AUTHORIZE, CURRENT, JOIN, SUPERVISE } from '../helpers/certification-fixtures';

/**
 * Issue 12: the invigilator's live events cross processes. Two API processes on one database: an
 * invigilator subscribed on process A hears a candidate join and answer on process B — through
 * PostgreSQL LISTEN/NOTIFY by default, through Redis when REDIS_URL is set.
 */
const SUBSCRIBE = 'subscription S($id: ID!) { sessionActivity(sessionId: $id) { sessionId candidateId kind at } }';
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

interface Activity {
  sessionId: string;
  candidateId: string | null;
  kind: string;
}

/** A subscription's events as they come, and its error if it was refused. */
function follow(url: string, sessionId: string, token?: string) {
  const events: Activity[] = [];
  let error: unknown = null;
  const client: WsClient = createClient({ url: url.replace(/^http/, 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0 });
  const started = new Promise<void>((resolve) => {
    client.on('connected', () => setTimeout(resolve, 200));
  });
  client.subscribe<{ sessionActivity: Activity }>(
    { query: SUBSCRIBE, variables: { id: sessionId } },
    {
      next: (result) => {
        if (result.errors) error = result.errors;
        else if (result.data) events.push(result.data.sessionActivity);
      },
      error: (e) => (error = e),
      complete: () => undefined,
    },
  );
  return { events, error: () => error, started, close: () => client.dispose() };
}

async function until<T>(what: string, probe: () => T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`still waiting for ${what} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each([
  ['PostgreSQL LISTEN/NOTIFY', {}],
  ['Redis', { REDIS_URL }],
])('live events between two API processes (%s)', (_adapter, adapterEnv: Record<string, string>) => {
  const env = { ACCESS_TOKEN_SECRET: 'secret-de-test-partage-par-les-noeuds', ...adapterEnv };
  let a: PlatformProcess;
  let b: PlatformProcess;
  let orm: MikroORM;
  let content: LearningContentCache;

  beforeAll(async () => {
    a = await startPlatformProcess(env);
    b = await startPlatformProcess(env, { databaseUrl: a.databaseUrl });
    orm = await openOrm(a.databaseUrl);
    content = new LearningContentCache(orm);
    await content.load();
  });
  afterAll(async () => {
    content?.stop();
    await orm?.close(true);
    await b?.stop({ keepDatabase: true });
    await a?.stop();
  });

  it('an invigilator subscribed on A hears a candidate join and answer on B; another session\'s token and anonymous callers are refused', async () => {
    const em = orm.em.fork();
    const release = content.get();
    const centre = await buildCertificationCenter(em, { name: 'Centre des deux nœuds', type: 'PRO' });
    const session = await buildCertificationSession(em, { certificationCenterId: centre.id });
    const other = await buildCertificationSession(em, { certificationCenterId: centre.id });
    const who = { firstName: 'Nina', lastName: `Nœud-${randomUUID().slice(0, 4)}`, birthdate: '2009-05-05' };
    const candidate = await buildCertificationCandidate(em, { sessionId: session.id, ...who });
    const user = await buildUser(em, {});
    await buildKnowledgeElements(em, release, release.competences.slice(0, 6).flatMap((c) => skillsUpToLevel(release, c.id, 2).map((skillId) => ({ userId: user.id, skillId }))));
    const learner = await logInToken(b.url, user.email!, user.password);

    const invigilator = (await gql(a.url, SUPERVISE, { input: { sessionNumber: String(session.id), invigilatorPassword: session.invigilatorPassword } })).superviseSession.accessToken;
    const otherToken = (await gql(a.url, SUPERVISE, { input: { sessionNumber: String(other.id), invigilatorPassword: other.invigilatorPassword } })).superviseSession.accessToken;
    const live = follow(a.url, String(session.id), invigilator);
    const intruder = follow(a.url, String(session.id), otherToken);
    const anonymous = follow(a.url, String(session.id));
    await live.started;

    const joined = (await gql(b.url, JOIN, { input: { sessionNumber: String(session.id), accessCode: session.accessCode, ...who } }, learner)).joinCertificationSession;
    await until('the JOINED event on A', () => live.events.find((e) => e.kind === 'JOINED'));
    await gql(a.url, AUTHORIZE, { id: String(candidate.id) }, invigilator);
    const challengeId = (await gql(b.url, CURRENT, { id: joined.assessment.id }, learner)).assessment.currentChallenge.id;
    await gql(b.url, `mutation A($input: AnswerChallengeInput!) { answerChallenge(input: $input) { answer { id } } }`, {
      input: { assessmentId: joined.assessment.id, challengeId, value: '#ABAND#', idempotencyKey: randomUUID() },
    }, learner);
    const answered = await until('the ANSWERED event on A', () => live.events.find((e) => e.kind === 'ANSWERED'));
    expect(answered).toEqual({ sessionId: String(session.id), candidateId: String(candidate.id), kind: 'ANSWERED', at: expect.any(String) });
    expect(live.events.map((e) => e.kind)).toEqual(['JOINED', 'AUTHORIZED', 'ANSWERED']);

    await until('the refusals', () => intruder.error() && anonymous.error());
    expect(JSON.stringify(intruder.error())).toContain('INVIGILATOR_ACCESS_REFUSED');
    expect(JSON.stringify(anonymous.error())).toContain('UNAUTHENTICATED');
    expect(intruder.events).toEqual([]);
    for (const s of [live, intruder, anonymous]) await s.close();
  });
});
