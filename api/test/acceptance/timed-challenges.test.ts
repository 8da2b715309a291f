import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { buildUser } from '../../src/seeds/database-builder';
import { exampleCorrectAnswer } from '../../src/evaluation/domain/answer-checking';
import type { Challenge } from '../../src/learning-content/domain/learning-content';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

/**
 * Issue 10, finding 12: the timer of a timed challenge is the server's, from the moment it sent the
 * challenge, whatever `timeSpentSeconds` the client claims (a tampered client sends 0 or nothing).
 */
const START = `mutation Start($id: ID!) { startCompetenceEvaluation(competenceId: $id) { id } }`;
const CURRENT = `query Current($id: ID!) { assessment(id: $id) { id currentChallenge { id timer } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { id result } nextChallenge { id } checkpoint { isFinal } } }`;
const GRACE_SECONDS = 5;

describe('timed challenges are timed by the server', () => {
  let api: TestApi;
  let db: Client;
  const clock = new TestClock();
  const content = () => api.platform.services.content.get();

  const learner = async () => {
    const user = await buildUser(api.platform.services.orm.em.fork(), {});
    const login = await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`);
    return login.data!.logIn.accessToken as string;
  };
  /** A validated timed challenge of the competence, served in French. */
  const timedChallengeOf = (competenceId: string): Challenge =>
    content()
      .activeSkillsOf(competenceId)
      .flatMap((skill) => content().challengesOf(skill.id))
      .find((c) => c.timer && c.status === 'validated' && c.locales.includes('fr'))!;
  /** A test on the competence whose current challenge is a timed one, not sent yet (a fixture: the engine avoids a timed first challenge). */
  const testOnTimedChallenge = async (token: string, competenceId: string) => {
    const assessmentId = (await api.gql(START, { id: competenceId }, { token })).data!.startCompetenceEvaluation.id as string;
    const timed = timedChallengeOf(competenceId);
    await db.query('update assessments set current_challenge_id = $1 where id = $2', [timed.id, Number(assessmentId)]);
    return { assessmentId, timed };
  };
  const current = async (token: string, assessmentId: string) => {
    const response = await api.gql(CURRENT, { id: assessmentId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.assessment.currentChallenge as { id: string; timer: number | null };
  };
  const answer = (token: string, assessmentId: string, challengeId: string, value: string, timeSpentSeconds?: number) =>
    api.gql(ANSWER, { input: { assessmentId, challengeId, value, idempotencyKey: randomUUID(), timeSpentSeconds } }, { token });
  const storedAnswer = async (answerId: string) =>
    (await db.query('select result, time_spent_seconds from answers where id = $1', [Number(answerId)])).rows[0];

  beforeAll(async () => {
    api = await startTestApi({ clock });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('counts a correct answer sent after the timer as timed out, whatever time the client claims', async () => {
    const token = await learner();
    const { assessmentId, timed } = await testOnTimedChallenge(token, '1.1');
    const shown = await current(token, assessmentId);
    expect(shown.timer).toBe(timed.timer);

    clock.advance(timed.timer! + GRACE_SECONDS + 1);
    const late = await answer(token, assessmentId, shown.id, exampleCorrectAnswer(timed), 0);

    expect(late.errors).toBeUndefined();
    expect(late.data!.answerChallenge.answer.result).toBe('TIMED_OUT');
    expect(await storedAnswer(late.data!.answerChallenge.answer.id)).toEqual({ result: 'timed-out', time_spent_seconds: timed.timer! + GRACE_SECONDS + 1 });
  });

  it('checks an answer sent in time normally (a few seconds of grace for the network), storing the server\'s measure', async () => {
    const token = await learner();
    const { assessmentId, timed } = await testOnTimedChallenge(token, '1.1');
    const shown = await current(token, assessmentId);

    clock.advance(timed.timer! + GRACE_SECONDS - 1);
    const inTime = await answer(token, assessmentId, shown.id, exampleCorrectAnswer(timed), 9_999);

    expect(inTime.data!.answerChallenge.answer.result).toBe('OK');
    expect(await storedAnswer(inTime.data!.answerChallenge.answer.id)).toEqual({ result: 'ok', time_spent_seconds: timed.timer! + GRACE_SECONDS - 1 });
  });

  it('keeps the first moment the challenge was sent: a reload does not restart the clock', async () => {
    const token = await learner();
    const { assessmentId, timed } = await testOnTimedChallenge(token, '1.1');
    const shown = await current(token, assessmentId);
    clock.advance(timed.timer! - 1);
    expect((await current(token, assessmentId)).id).toBe(shown.id);
    clock.advance(GRACE_SECONDS + 2);

    const late = await api.gql(ANSWER, { input: { assessmentId, challengeId: shown.id, value: exampleCorrectAnswer(timed), idempotencyKey: randomUUID() } }, { token });

    expect(late.data!.answerChallenge.answer.result).toBe('TIMED_OUT');
  });

  it('counts a timed challenge answered without ever being sent (its id learnt from a refusal) as timed out', async () => {
    const token = await learner();
    const { assessmentId, timed } = await testOnTimedChallenge(token, '1.1');
    const refused = await answer(token, assessmentId, 'not-the-current-one', '1');
    expect(refused.errors![0].extensions!.code).toBe('NOT_CURRENT_CHALLENGE');
    const learntId = refused.errors![0].extensions!.currentChallengeId as string;

    const blind = await answer(token, assessmentId, learntId, exampleCorrectAnswer(timed), 1);

    expect(blind.data!.answerChallenge.answer.result).toBe('TIMED_OUT');
    expect(await storedAnswer(blind.data!.answerChallenge.answer.id)).toEqual({ result: 'timed-out', time_spent_seconds: null });
  });

  it('starts the clock of the challenge after a checkpoint when the learner asks for it, not while the checkpoint is read', async () => {
    const token = await learner();
    const assessmentId = (await api.gql(START, { id: '2.2' }, { token })).data!.startCompetenceEvaluation.id as string;
    let challengeId = (await current(token, assessmentId)).id;
    // Contradicting answers (right, skipped…): the test goes on past its first checkpoint.
    const valueOf = (i: number, publicId: string) => (i % 2 ? exampleCorrectAnswer(content().challengeOfPublicId(publicId)!) : '#ABAND#');
    for (let i = 1; i < 5; i += 1) {
      const response = await answer(token, assessmentId, challengeId, valueOf(i, challengeId));
      challengeId = response.data!.answerChallenge.nextChallenge.id;
    }
    const fifth = await answer(token, assessmentId, challengeId, valueOf(5, challengeId));
    expect(fifth.data!.answerChallenge.checkpoint).toEqual({ isFinal: false });
    expect(fifth.data!.answerChallenge.nextChallenge).toBeNull();

    clock.advance(10 * 60); // reading the checkpoint and its tutorials
    const next = await current(token, assessmentId);
    clock.advance(3);
    const sixth = await answer(token, assessmentId, next.id, '#ABAND#');

    expect(await storedAnswer(sixth.data!.answerChallenge.answer.id)).toEqual({ result: 'skipped', time_spent_seconds: 3 });
  });
});
