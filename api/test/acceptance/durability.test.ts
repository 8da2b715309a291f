import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startPlatformProcess, type PlatformProcess } from '../../../e2e/support/platform-process';
import { openOrm } from '../../src/database';
import { buildUser } from '../../src/seeds/database-builder';
import { loadLearningContent } from '../../src/learning-content/infrastructure/learning-content.repository';
import { exampleCorrectAnswer } from '../../src/evaluation/domain/answer-checking';

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

/** Killing the API with SIGKILL while learners answer loses no acknowledged answer. */
describe('answers survive a crash of the API', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;

  afterAll(async () => {
    await orm?.close(true);
    await platform?.stop();
  });

  it('keeps every acknowledged answer, exactly one per challenge, after SIGKILL and restart', async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const content = await loadLearningContent(orm.em.fork());
    const learners = await Promise.all(Array.from({ length: 6 }, () => buildUser(orm.em.fork(), {})));
    const acknowledged: { answerId: number; assessmentId: number }[] = [];
    let crashed = false;

    const learnerRun = async (learner: { email: string | null; password: string }, competenceId: string) => {
      const login = await gql(platform.url, 'mutation L($l: String!, $p: String!) { logIn(input: { login: $l, password: $p }) { accessToken } }', { l: learner.email, p: learner.password });
      const token = login.data.logIn.accessToken;
      const start = await gql(platform.url, 'mutation S($c: ID!) { startCompetenceEvaluation(competenceId: $c) { id currentChallenge { id } } }', { c: competenceId }, token);
      const assessmentId = start.data.startCompetenceEvaluation.id;
      let current: string | null = start.data.startCompetenceEvaluation.currentChallenge.id;
      while (current && !crashed) {
        try {
          const response = await gql(
            platform.url,
            'mutation A($i: AnswerChallengeInput!) { answerChallenge(input: $i) { answer { id } nextChallenge { id } checkpoint { isFinal } } }',
            { i: { assessmentId, challengeId: current, value: exampleCorrectAnswer(content.challengeOfPublicId(current)!), idempotencyKey: randomUUID() } },
            token,
          );
          if (!response.data) break;
          acknowledged.push({ answerId: Number(response.data.answerChallenge.answer.id), assessmentId: Number(assessmentId) });
          const { nextChallenge, checkpoint } = response.data.answerChallenge;
          current = nextChallenge?.id ?? null;
          if (!current && checkpoint && !checkpoint.isFinal) {
            // After a checkpoint, the next challenge is sent when asked for.
            const next = await gql(platform.url, 'query C($id: ID!) { assessment(id: $id) { currentChallenge { id } } }', { id: assessmentId }, token);
            current = next.data?.assessment?.currentChallenge?.id ?? null;
          }
        } catch {
          break; // the connection died with the process
        }
      }
    };
    // A learner still logging in or starting when the process dies has nothing acknowledged to lose.
    const runs = learners.map((learner, i) =>
      learnerRun(learner, content.competences[i].id).catch((error) => {
        if (!crashed) throw error;
      }),
    );
    // The crash comes once answers flow (a fixed delay lost the race to six argon2 log-ins on a
    // loaded machine, and then nothing had been answered yet).
    const deadline = Date.now() + 60_000;
    while (acknowledged.length < 12 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    crashed = true;
    platform.process.kill('SIGKILL');
    await Promise.all(runs);
    expect(acknowledged.length).toBeGreaterThan(6);

    const databaseUrl = platform.databaseUrl;
    await platform.stop({ keepDatabase: true });
    platform = await startPlatformProcess({}, { databaseUrl });

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query('select id from answers where id = any($1::int[])', [acknowledged.map((a) => a.answerId)]);
      expect(rows.length).toBe(acknowledged.length);
      const duplicates = await db.query('select assessment_id, challenge_id, count(*) from answers group by 1, 2 having count(*) > 1');
      expect(duplicates.rows).toEqual([]);
    } finally {
      await db.end();
    }
    const health = await fetch(`${platform.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
