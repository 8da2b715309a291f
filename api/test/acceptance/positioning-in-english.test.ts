import { randomUUID } from 'node:crypto';
import { buildUser } from '../../src/seeds/database-builder';
import { exampleCorrectAnswer, SKIP_MARKER } from '../../src/evaluation/domain/answer-checking';
import { challengeAsSeenIn } from '../../src/learning-content';
import { nextChallengeIdAfter } from '../helpers/challenges';
import { startTestApi, type TestApi } from '../helpers/test-api';

const START = `mutation Start($id: ID!) { startCompetenceEvaluation(competenceId: $id) {
  id currentChallenge { id instruction proposals fields { name label options } } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { result } nextChallenge { id instruction proposals fields { name label options } }
  checkpoint { isFinal answers { yourAnswer expectedAnswer tutorials { id title } } } } }`;
const CURRENT = `query C($id: ID!) { assessment(id: $id) { currentChallenge { id instruction proposals fields { name label options } } } }`;

/**
 * A learner whose browser asks for English goes through a whole positioning test: every challenge is
 * served in English throughout (instruction, proposals, labels, drop-down options), an answer given with
 * the English option is right, and the checkpoints show English expected answers and tutorial titles.
 */
describe('a positioning test in English', () => {
  let api: TestApi;
  const en = { 'accept-language': 'en' };
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api.stop();
  });

  it.each(['2.1', '3.3', '5.2'])('serves only English challenges in competence %s, and accepts English answers', async (competenceId) => {
    const content = api.platform.services.content.get();
    const user = await buildUser(api.platform.services.orm.em.fork(), {});
    const token = (await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`)).data!.logIn.accessToken as string;
    const started = (await api.gql(START, { id: competenceId }, { token, headers: en })).data!.startCompetenceEvaluation;
    let served = started.currentChallenge;
    let answered = 0;
    const checkpoints: { yourAnswer: string; expectedAnswer: string; tutorials: { id: string; title: string }[] }[] = [];
    while (served) {
      const challenge = content.challengeOfPublicId(served.id)!;
      expect(challenge.instructionEn).not.toBeNull();
      const seen = challengeAsSeenIn(challenge, 'en');
      expect(served).toEqual({
        id: served.id,
        instruction: challenge.instructionEn,
        proposals: challenge.proposalsEn ?? null,
        fields: challenge.fields?.map((f) => ({ name: f.name, label: f.labelEn, options: f.optionsEn ?? null })) ?? null,
      });
      const value = answered === 1 ? SKIP_MARKER : exampleCorrectAnswer(seen);
      const response = await api.gql(ANSWER, { input: { assessmentId: started.id, challengeId: served.id, value, idempotencyKey: randomUUID() } }, { token, headers: en });
      expect(response.errors).toBeUndefined();
      const result = response.data!.answerChallenge;
      expect(result.answer.result).toBe(answered === 1 ? 'SKIPPED' : 'OK');
      answered += 1;
      if (result.checkpoint) checkpoints.push(...result.checkpoint.answers);
      const nextId = await nextChallengeIdAfter(api, token, started.id, result);
      served = !nextId ? null : result.nextChallenge ?? (await api.gql(CURRENT, { id: started.id }, { token, headers: en })).data!.assessment.currentChallenge;
      expect(answered).toBeLessThan(40);
    }
    expect(checkpoints.length).toBeGreaterThanOrEqual(5);
    expect(checkpoints[1].yourAnswer).toBe('You skipped this question.');
    for (const answer of checkpoints) {
      expect(answer.expectedAnswer.length).toBeGreaterThan(0);
      for (const tutorial of answer.tutorials) expect(tutorial.title).toBe(content.tutorial(tutorial.id)!.titleEn);
    }
  });
});
