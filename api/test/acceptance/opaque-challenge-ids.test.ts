import { randomUUID } from 'node:crypto';
import { buildOrganization } from '../../src/seeds/database-builder';
import { challengeOfApiId, correctAnswerOf, nextChallengeIdAfter } from '../helpers/challenges';
import { buildAssessmentCampaign, loggedIn, START as START_PARTICIPATION } from '../helpers/participation-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

/**
 * Issue 10, finding 15a: the readable ids of the content (`moteurRecherche2-b`) name a challenge's skill
 * and level. A learner's responses carry opaque ids only, and answers are accepted by them.
 */
const START = `mutation Start($id: ID!) { startCompetenceEvaluation(competenceId: $id) {
  id state currentChallenge { id type instruction proposals fields { name label format options } timer illustration { url alt } attachment { url fileName } } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { id result value challenge { id } } assessment { id state currentChallenge { id } } nextChallenge { id instruction }
  checkpoint { isFinal answers { answer { id challenge { id } } challenge { id instruction } yourAnswer expectedAnswer
    tutorials { id title link } learnMoreTutorials { id title link } } } } }`;
const ASSESSMENT = `query A($id: ID!) { assessment(id: $id) { id state answeredCount currentChallenge { id }
  answers { id result challenge { id instruction } }
  lastCheckpoint { isFinal answers { answer { id challenge { id } } challenge { id } tutorials { id } learnMoreTutorials { id } } } } }`;

describe('challenge ids in the API are opaque', () => {
  let api: TestApi;
  /** Every readable challenge id and skill name of the release (`moteurRecherche2-b`, `moteurRecherche2`). */
  let readable: RegExp;
  const bodies: string[] = [];

  /** A request whose whole response is kept, to look for readable ids in it. */
  const gql = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await api.gql(query, variables, { token });
    bodies.push(JSON.stringify({ data: response.data, errors: response.errors }));
    return response;
  };
  const answer = (token: string, assessmentId: string, challengeId: string, value: string) =>
    gql(ANSWER, { input: { assessmentId, challengeId, value, idempotencyKey: randomUUID() } }, token);

  beforeAll(async () => {
    api = await startTestApi();
    const content = api.platform.services.content.get();
    const names = content.competences.flatMap((c) => content.activeSkillsOf(c.id)).map((skill) => skill.name.replace(/^@/, ''));
    readable = new RegExp(`(?<![A-Za-z0-9])(${names.join('|')})(?![0-9])`);
  });
  afterAll(async () => {
    await api.stop();
  });

  it('shows no readable id along a positioning test, its checkpoints and its answers, and answers by the opaque id', async () => {
    const { token } = await loggedIn(api);
    const started = (await gql(START, { id: '1.1' }, token)).data!.startCompetenceEvaluation;
    const first = started.currentChallenge.id as string;
    expect(first).not.toMatch(readable);
    expect(challengeOfApiId(api, first).id).toMatch(readable); // the content keeps its readable reference

    // The readable reference of the current challenge is not an id the API takes.
    const byReference = await answer(token, started.id, challengeOfApiId(api, first).id, correctAnswerOf(api, first));
    expect(byReference.errors![0].extensions).toMatchObject({ code: 'NOT_CURRENT_CHALLENGE', currentChallengeId: first });

    let current: string | null = first;
    let count = 0;
    while (current) {
      count += 1;
      const value = count % 3 === 2 ? '#ABAND#' : correctAnswerOf(api, current);
      const response = await answer(token, started.id, current, value);
      expect(response.errors).toBeUndefined();
      expect(response.data!.answerChallenge.answer).toMatchObject({ result: count % 3 === 2 ? 'SKIPPED' : 'OK', challenge: { id: current } });
      current = await nextChallengeIdAfter(api, token, started.id, response.data!.answerChallenge);
      if (count === 6) await gql(ASSESSMENT, { id: started.id }, token);
      expect(count).toBeLessThan(60);
    }
    expect(count).toBeGreaterThan(5); // at least one checkpoint on the way
    const ended = await gql(ASSESSMENT, { id: started.id }, token);
    expect(ended.data!.assessment).toMatchObject({ state: 'COMPLETED', answeredCount: count, lastCheckpoint: { isFinal: true } });

    const leaks = bodies.filter((body) => readable.test(body)).map((body) => body.match(readable)![0]);
    expect(leaks).toEqual([]);
  });

  it("shows no readable id along a campaign's test", async () => {
    const organization = await buildOrganization(api.platform.services.orm.em.fork(), { name: 'Médiathèque de Lunel', type: 'PRO' });
    const creator = await loggedIn(api);
    const campaign = await buildAssessmentCampaign(api, { organizationId: organization.id, creatorId: creator.id });
    const { token } = await loggedIn(api);
    bodies.length = 0;
    const started = (await gql(START_PARTICIPATION, { input: { campaignCode: campaign.code } }, token)).data!.startCampaignParticipation;
    let current: string | null = started.assessment.currentChallenge.id;
    let count = 0;
    while (current) {
      count += 1;
      const response = await answer(token, started.assessment.id, current, correctAnswerOf(api, current));
      expect(response.errors).toBeUndefined();
      current = await nextChallengeIdAfter(api, token, started.assessment.id, response.data!.answerChallenge);
      expect(count).toBeLessThan(60);
    }
    await gql(ASSESSMENT, { id: started.assessment.id }, token);

    expect(bodies.filter((body) => readable.test(body)).map((body) => body.match(readable)![0])).toEqual([]);
  });
});
