// The answer benchmark: answer + next challenge at LEARNERS concurrent learners over HTTP, beside a
// hand-written floor (answer-floor-server.mjs) under the same load; SQL round trips per answer; and
// the engine's own time per decision for a learner with 60 answers.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { challengeIdsByApiId, CURRENT_CHALLENGE, freePort, load, repositoryRoot, startAndWait, stop } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

async function graphql(port, token, query, variables) {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { headers: response.headers, body: await response.json() };
}

const START = 'mutation S($c: ID!) { startCompetenceEvaluation(competenceId: $c) { id state currentChallenge { id } } }';
const ANSWER = 'mutation A($i: AnswerChallengeInput!) { answerChallenge(input: $i) { answer { id result } nextChallenge { id } checkpoint { isFinal } } }';

export async function answerBenchmark({ databaseUrl, userIds, tokens, learners, requestsPerLearner, apiEnv }) {
  const { readReleaseFiles, DEFAULT_CONTENT_ROOT } = dist('learning-content/infrastructure/release-files.js');
  const { LearningContent } = dist('learning-content/domain/learning-content.js');
  const { exampleCorrectAnswer, SKIP_MARKER } = dist('evaluation/domain/answer-checking/index.js');
  const content = new LearningContent(readReleaseFiles(DEFAULT_CONTENT_ROOT));
  const competences = content.competences.map((c) => c.id);
  // The API's ids are opaque: their content ids come from the database once the API has imported the release.
  let contentIdOf = new Map();
  const valueFor = (challengeId, i) =>
    i % 3 === 2 ? SKIP_MARKER : exampleCorrectAnswer(content.challenge(contentIdOf.get(challengeId) ?? challengeId));

  // The API.
  const port = await freePort();
  const api = await startAndWait(path.join(repositoryRoot, 'api/dist/src/main.js'), [], { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(port) }, `http://localhost:${port}/healthz`);
  contentIdOf = await challengeIdsByApiId(databaseUrl);
  const state = [];
  for (let i = 0; i < learners; i += 1) state.push({ next: i % competences.length, assessment: null, current: null, count: 0 });
  const startNext = async (user) => {
    const s = state[user];
    for (let tries = 0; tries < competences.length; tries += 1) {
      const competenceId = competences[s.next % competences.length];
      s.next += 1;
      const started = (await graphql(port, tokens[user], START, { c: competenceId })).body.data.startCompetenceEvaluation;
      if (started.state === 'STARTED' && started.currentChallenge) {
        s.assessment = started.id;
        s.current = started.currentChallenge.id;
        return;
      }
    }
    throw new Error('no competence left to test');
  };
  await Promise.all(state.map((_, user) => startNext(user)));
  const resume = async (user) => {
    const s = state[user];
    s.afterCheckpoint = false;
    const { body } = await graphql(port, tokens[user], CURRENT_CHALLENGE, { id: s.assessment });
    s.current = body.data?.assessment?.currentChallenge?.id ?? null;
  };
  let statements = [];
  const answerOnce = async (user) => {
    const s = state[user];
    const { headers, body } = await graphql(port, tokens[user], ANSWER, {
      i: { assessmentId: s.assessment, challengeId: s.current, value: valueFor(s.current, s.count), idempotencyKey: randomUUID() },
    });
    s.count += 1;
    if (statements.length < 2000) statements.push(Number(headers.get('x-sql-statements')));
    if (body.errors) return false;
    s.current = body.data.answerChallenge.nextChallenge?.id ?? null;
    // After a checkpoint the next challenge is asked for (untimed, as a learner reads the checkpoint first).
    s.afterCheckpoint = !s.current && body.data.answerChallenge.checkpoint?.isFinal === false;
    return true;
  };
  // Starting a new test when one ends is not timed: it happens between two measured answers.
  const measured = await load(learners, requestsPerLearner, async (user) => {
    if (!state[user].current && state[user].afterCheckpoint) await resume(user);
    if (!state[user].current) await startNext(user);
    return answerOnce(user);
  }).catch((e) => {
    throw e;
  });
  await stop(api.child);
  statements = statements.filter((n) => Number.isFinite(n));
  const withoutCheckpoint = Math.min(...statements);
  const withCheckpoint = Math.max(...statements);

  // The floor, on tests of its own.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`update assessments set state = 'COMPLETED', current_challenge_id = null where state = 'STARTED'`);
  const firstOf = new Map(
    (await client.query(`select distinct on (s.competence_id) s.competence_id, c.id from challenges c join skills s on s.id = c.skill_id where c.status = 'validated' order by s.competence_id, s.level, c.id`)).rows.map((r) => [r.competence_id, r.id]),
  );
  const floorState = [];
  for (let i = 0; i < learners; i += 1) {
    const competenceId = competences[(i + 5) % competences.length];
    const { rows } = await client.query(
      `insert into assessments (user_id, competence_id, type, current_challenge_id) values ($1, $2, 'COMPETENCE_EVALUATION', $3) returning id`,
      [userIds[i], competenceId, firstOf.get(competenceId)],
    );
    floorState.push({ assessment: rows[0].id, current: firstOf.get(competenceId), count: 0 });
  }
  await client.end();
  const floorPort = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/answer-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(floorPort) }, `http://localhost:${floorPort}/healthz`);
  const floorFigures = await load(learners, requestsPerLearner, async (user) => {
    const s = floorState[user];
    if (!s.current) return true;
    const response = await fetch(`http://localhost:${floorPort}/`, {
      method: 'POST',
      body: JSON.stringify({ assessmentId: s.assessment, challengeId: s.current, value: valueFor(s.current, s.count), idempotencyKey: randomUUID() }),
    });
    const json = await response.json();
    s.count += 1;
    s.current = json.data.answerChallenge.nextChallenge?.id ?? null;
    return response.ok;
  });
  await stop(floor.child);

  return { measured, floorFigures, withoutCheckpoint, withCheckpoint, decision: engineDecisionTime(content) };
}

/** The engine alone: a learner with 60 answers over the skills of four competences (a campaign-like target). */
function engineDecisionTime(content) {
  const { nextChallenge, knowledgeElementsOf } = dist('evaluation/domain/engine/index.js');
  const skills = content.competences.slice(0, 4).flatMap((c) => content.activeSkillsOf(c.id));
  const challenges = skills.flatMap((s) => content.challengesOf(s.id).filter((c) => c.status === 'validated').map((c) => ({ id: c.id, skillId: s.id, timer: c.timer, locales: c.locales })));
  // 60 answers on 60 different skills, easier ones right and harder ones wrong, with a few slips.
  const answers = skills
    .slice()
    .sort((a, b) => a.level - b.level)
    .slice(0, 60)
    .map((skill, i) => ({
      challengeId: content.challengesOf(skill.id)[0].id,
      skillId: skill.id,
      result: (skill.level <= 3) !== (i % 7 === 6) ? 'ok' : 'ko',
    }));
  const input = { skills: skills.map((s) => ({ id: s.id, tubeId: s.tubeId, level: s.level })), challenges, answers, prior: [], seed: 'bench', locale: 'fr' };
  const runs = 300;
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) {
    knowledgeElementsOf(input);
    nextChallenge(input);
  }
  return { answers: answers.length, skills: skills.length, ms: (performance.now() - started) / runs };
}
