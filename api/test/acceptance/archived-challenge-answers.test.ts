import { randomUUID } from 'node:crypto';
import { buildUser } from '../../src/seeds/database-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';

const START = `mutation Start($id: ID!) { startCompetenceEvaluation(competenceId: $id) { id } }`;
const ANSWERS = `query A($id: ID!) { assessment(id: $id) { answers { value result challenge { id instruction proposals } } } }`;

/**
 * Content release 3 archived challenges that learners had already answered (platform-split or
 * duplicate variants, e.g. moteurRecherche2-b, installationLogiciel1-a). They are never served again,
 * but a learner's past answers to them stay readable with the challenge as it was asked.
 */
describe('answers to a challenge the release has since archived', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each(['moteurRecherche2-b', 'installationLogiciel1-a'])('%s: archived in release 3, its earlier answer still shown with the challenge as asked', async (challengeId) => {
    const content = api.platform.services.content.get();
    const archived = content.challenge(challengeId)!;
    expect(archived.status).toBe('archived');
    const competenceId = content.skill(archived.skillId)!.competenceId;
    expect(content.challengesOf(archived.skillId).filter((c) => c.status === 'validated').length).toBeGreaterThanOrEqual(4);

    const user = await buildUser(api.platform.services.orm.em.fork(), {});
    const token = (await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`)).data!.logIn.accessToken as string;
    const assessmentId = (await api.gql(START, { id: competenceId }, { token })).data!.startCompetenceEvaluation.id as string;
    // History: the answer was given while release 2 still served the challenge.
    await api.platform.services.orm.em
      .getKnex()('answers')
      .insert({ assessment_id: Number(assessmentId), challenge_id: challengeId, value: '1', result: 'ok', idempotency_key: randomUUID() });

    const response = await api.gql(ANSWERS, { id: assessmentId }, { token });
    expect(response.errors).toBeUndefined();
    expect(response.data!.assessment.answers).toEqual([
      { value: '1', result: 'OK', challenge: { id: content.publicIdOf(challengeId), instruction: archived.instruction, proposals: archived.proposals ?? null } },
    ]);
  });
});
