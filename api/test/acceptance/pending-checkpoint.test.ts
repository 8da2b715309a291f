import { randomUUID } from 'node:crypto';
import { correctAnswerOf, nextChallengeIdAfter } from '../helpers/challenges';
import { loggedIn } from '../helpers/participation-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

/**
 * Issue 14, point 3: reloading on "Bilan intermédiaire" skipped to the next question, its answers and
 * tutorials lost. The test keeps the checkpoint pending until the learner goes on (reads the current
 * challenge), so a reload shows the same checkpoint; the final one stays once the test has ended.
 */
const START = `mutation Start($id: ID!) { startCompetenceEvaluation(competenceId: $id) { id currentChallenge { id } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { id } assessment { id state answeredCount } nextChallenge { id } checkpoint { isFinal answers { answer { id } } } } }`;
/** What the learner's page loads on a reload: the test without its current challenge, and its pending checkpoint. */
const RELOAD = `query Reload($id: ID!) { assessment(id: $id) { id state answeredCount
  pendingCheckpoint { isFinal answers { answer { id result } challenge { id } expectedAnswer tutorials { id } } } } }`;
const CURRENT = `query Current($id: ID!) { assessment(id: $id) { id currentChallenge { id } } }`;

describe('the checkpoint after a reload', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  /** A right answer, or "Je passe" (`skip`): a mix keeps a positioning test going past its first checkpoint. */
  const answer = async (token: string, assessmentId: string, challengeId: string, skip = false) => {
    const value = skip ? '#ABAND#' : correctAnswerOf(api, challengeId);
    const response = await api.gql(ANSWER, { input: { assessmentId, challengeId, value, idempotencyKey: randomUUID() } }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.answerChallenge;
  };
  const reload = async (token: string, assessmentId: string) => {
    const response = await api.gql(RELOAD, { id: assessmentId }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.assessment;
  };

  it('shows the same checkpoint on every reload until the learner goes on, then the next challenge', async () => {
    const { token } = await loggedIn(api);
    const started = (await api.gql(START, { id: '1.1' }, { token })).data!.startCompetenceEvaluation;
    let current: string = started.currentChallenge.id;
    let result: Awaited<ReturnType<typeof answer>> | undefined;
    for (let n = 1; n <= 5; n += 1) {
      result = await answer(token, started.id, current, n % 3 === 2);
      if (n < 5) {
        expect(result.checkpoint).toBeNull();
        expect((await reload(token, started.id)).pendingCheckpoint).toBeNull();
        current = result.nextChallenge.id;
      }
    }
    expect(result!.assessment).toMatchObject({ state: 'STARTED', answeredCount: 5 });
    expect(result!.nextChallenge).toBeNull();
    const shown = result!.checkpoint.answers.map((item: { answer: { id: string } }) => item.answer.id);
    expect(shown).toHaveLength(5);

    // Two reloads: the same five answers, with their expected answers and tutorials.
    for (const _ of [1, 2]) {
      const reloaded = await reload(token, started.id);
      expect(reloaded.answeredCount).toBe(5);
      expect(reloaded.pendingCheckpoint.isFinal).toBe(false);
      expect(reloaded.pendingCheckpoint.answers.map((item: { answer: { id: string } }) => item.answer.id)).toEqual(shown);
      expect(reloaded.pendingCheckpoint.answers.every((item: { expectedAnswer: string; tutorials: unknown[] }) => item.expectedAnswer && Array.isArray(item.tutorials))).toBe(true);
    }

    // "Continuer mon parcours": reading the current challenge goes past the checkpoint.
    const next = (await api.gql(CURRENT, { id: started.id }, { token })).data!.assessment.currentChallenge;
    expect(next).not.toBeNull();
    expect((await reload(token, started.id)).pendingCheckpoint).toBeNull();
    // The same challenge on a further read (no new draw), still no checkpoint.
    expect((await api.gql(CURRENT, { id: started.id }, { token })).data!.assessment.currentChallenge.id).toBe(next.id);
    expect((await reload(token, started.id)).pendingCheckpoint).toBeNull();
  });

  it('keeps the final checkpoint of an ended test', async () => {
    const { token } = await loggedIn(api);
    const started = (await api.gql(START, { id: '1.1' }, { token })).data!.startCompetenceEvaluation;
    let current: string | null = started.currentChallenge.id;
    let count = 0;
    let last: Awaited<ReturnType<typeof answer>> | undefined;
    while (current) {
      count += 1;
      last = await answer(token, started.id, current);
      current = await nextChallengeIdAfter(api, token, started.id, last);
      expect(count).toBeLessThan(60);
    }
    expect(last!.checkpoint.isFinal).toBe(true);
    const reloaded = await reload(token, started.id);
    expect(reloaded).toMatchObject({ state: 'COMPLETED', answeredCount: count, pendingCheckpoint: { isFinal: true } });
    expect(reloaded.pendingCheckpoint.answers.map((item: { answer: { id: string } }) => item.answer.id)).toEqual(
      last!.checkpoint.answers.map((item: { answer: { id: string } }) => item.answer.id),
    );
  });

  it("shows nobody else's checkpoint", async () => {
    const owner = await loggedIn(api);
    const other = await loggedIn(api);
    const started = (await api.gql(START, { id: '1.1' }, { token: owner.token })).data!.startCompetenceEvaluation;
    await answer(owner.token, started.id, started.currentChallenge.id);
    const response = await api.gql(RELOAD, { id: started.id }, { token: other.token });
    expect(response.data?.assessment ?? null).toBeNull();
    expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
