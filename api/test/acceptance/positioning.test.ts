import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { buildKnowledgeElements, buildUser, skillsUpToLevel } from '../../src/seeds/database-builder';
import { exampleCorrectAnswer, SKIP_MARKER } from '../../src/evaluation/domain/answer-checking';
import { appDocument } from '../helpers/app-documents';
import { nextChallengeIdAfter } from '../helpers/challenges';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const START = `mutation Start($id: ID!) { startCompetenceEvaluation(competenceId: $id) {
  id state currentChallenge { id type instruction proposals fields { name label format } } } }`;
const ANSWER = `mutation Answer($input: AnswerChallengeInput!) { answerChallenge(input: $input) {
  answer { id result } assessment { id state } nextChallenge { id }
  checkpoint { isFinal answers { answer { id result } yourAnswer expectedAnswer tutorials { id title isSaved } } } } }`;
const PROFILE = `{ me { profile { pixScore isCertifiable certifiableCompetencesCount competences {
  competence { id } level pixScore status assessmentId canRetry retryAvailableInDays canReset resetAvailableInDays } } } }`;

describe('the positioning test over HTTP', () => {
  let api: TestApi;
  let db: Client;
  const clock = new TestClock();
  const content = () => api.platform.services.content.get();

  const learner = async () => {
    const user = await buildUser(api.platform.services.orm.em.fork(), {});
    const login = await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`);
    return { ...user, token: login.data!.logIn.accessToken as string };
  };
  const answer = (token: string, assessmentId: string, challengeId: string, value: string, idempotencyKey = randomUUID()) =>
    api.gql(ANSWER, { input: { assessmentId, challengeId, value, idempotencyKey } }, { token });
  /** A right answer to the challenge of this API id (opaque: the content maps it to its solution). */
  const correct = (challengeId: string) => exampleCorrectAnswer(content().challengeOfPublicId(challengeId)!);
  const profileOf = async (token: string, competenceId: string) =>
    {
      const response = await api.gql(PROFILE, {}, { token });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.me.profile.competences.find((c: any) => c.competence.id === competenceId);
    };

  /** Answers until the end with `valueOf`, returns the number of answers. */
  const finish = async (token: string, assessmentId: string, first: string, valueOf: (challengeId: string) => string) => {
    let current: string | null = first;
    let count = 0;
    while (current) {
      const response = await answer(token, assessmentId, current, valueOf(current));
      expect(response.errors).toBeUndefined();
      current = await nextChallengeIdAfter(api, token, assessmentId, response.data!.answerChallenge);
      count += 1;
      expect(count).toBeLessThan(60);
    }
    return count;
  };

  beforeAll(async () => {
    api = await startTestApi({ clock });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('starts a test whose challenge never carries its solution, and resumes the same one', async () => {
    const { token } = await learner();
    const started = (await api.gql(START, { id: '1.1' }, { token })).data!.startCompetenceEvaluation;
    expect(started.state).toBe('STARTED');
    expect(started.currentChallenge.instruction.length).toBeGreaterThan(10);
    const again = (await api.gql(START, { id: '1.1' }, { token })).data!.startCompetenceEvaluation;
    expect(again.id).toBe(started.id);
    const reload = await api.gql(`query A($id: ID!) { assessment(id: $id) { currentChallenge { id } answers { id } } }`, { id: started.id }, { token });
    expect(reload.data!.assessment).toEqual({ currentChallenge: { id: started.currentChallenge.id }, answers: [] });
    const leak = await api.gql(`{ __type(name: "Challenge") { fields { name } } }`);
    expect(leak.data!.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(['attachment', 'embed', 'fields', 'id', 'illustration', 'instruction', 'proposals', 'timer', 'type']);
  });

  it('gives a checkpoint after 5 answers with the expected answers and tutorials', async () => {
    const { token } = await learner();
    const started = (await api.gql(START, { id: '4.1' }, { token })).data!.startCompetenceEvaluation;
    let current = started.currentChallenge.id;
    const seen = new Set<string>();
    for (let i = 1; i <= 5; i += 1) {
      seen.add(current);
      const value = i === 2 ? SKIP_MARKER : correct(current);
      const http = await answer(token, started.id, current, value);
      const response = http.data!.answerChallenge;
      expect(response.answer.result).toBe(i === 2 ? 'SKIPPED' : 'OK');
      // The answer and the next challenge in two SQL round trips; a checkpoint adds the saved and liked tutorials.
      expect(Number(http.headers.get('x-sql-statements'))).toBe(i < 5 ? 2 : 4);
      if (i < 5) expect(response.checkpoint).toBeNull();
      else {
        // The learner reads the checkpoint first: the next challenge is asked for afterwards (its clock starts then).
        expect(response.nextChallenge).toBeNull();
        expect(response.checkpoint.answers).toHaveLength(5);
        expect(response.checkpoint.answers[1].yourAnswer).toBe('Vous avez passé cette question.');
        expect(response.checkpoint.answers[0].expectedAnswer.length).toBeGreaterThan(0);
        expect(response.checkpoint.answers[0].tutorials.length).toBeGreaterThan(0);
      }
      if (!response.nextChallenge) break;
      current = response.nextChallenge.id;
      expect(seen.has(current)).toBe(false);
    }
  });

  it("costs the learner app's own answer document 2 SQL statements (4 with a checkpoint), its answered count included", async () => {
    const { token } = await learner();
    const started = (await api.gql(appDocument('learner', 'StartCompetenceEvaluation'), { competenceId: '3.2' }, { token })).data!.startCompetenceEvaluation;
    // The app opens the test, then asks for its current challenge (no checkpoint is pending).
    const opened = await api.gql(appDocument('learner', 'Assessment'), { id: started.id }, { token });
    expect(opened.data!.assessment.pendingCheckpoint).toBeNull();
    const served = await api.gql(appDocument('learner', 'CurrentChallenge'), { id: started.id }, { token });
    let current: string = served.data!.assessment.currentChallenge.id;
    for (let i = 1; i <= 5; i += 1) {
      const http = await api.gql(
        appDocument('learner', 'AnswerChallenge'),
        { input: { assessmentId: started.id, challengeId: current, value: i === 3 ? SKIP_MARKER : correct(current), idempotencyKey: randomUUID() } },
        { token },
      );
      expect(http.errors).toBeUndefined();
      const response = http.data!.answerChallenge;
      expect(response.assessment).toMatchObject({ id: started.id, state: 'STARTED', answeredCount: i, progress: null });
      // One read of the test, one atomic write; a checkpoint adds the saved and liked tutorials.
      expect(Number(http.headers.get('x-sql-statements'))).toBe(i < 5 ? 2 : 4);
      if (i === 5) expect(response.checkpoint.answers).toHaveLength(5);
      else current = response.nextChallenge.id;
    }
  });

  it('stores a doubled submission once and refuses an answer to another challenge', async () => {
    const { token } = await learner();
    const started = (await api.gql(START, { id: '2.1' }, { token })).data!.startCompetenceEvaluation;
    const key = randomUUID();
    const [first, second] = await Promise.all([
      answer(token, started.id, started.currentChallenge.id, correct(started.currentChallenge.id), key),
      answer(token, started.id, started.currentChallenge.id, correct(started.currentChallenge.id), key),
    ]);
    expect(first.data!.answerChallenge.answer.id).toBe(second.data!.answerChallenge.answer.id);
    const stale = await answer(token, started.id, started.currentChallenge.id, correct(started.currentChallenge.id));
    expect(stale.errors![0].extensions).toMatchObject({ code: 'NOT_CURRENT_CHALLENGE' });
    const { rows } = await db.query('select count(*)::int as n from answers where assessment_id = $1', [Number(started.id)]);
    expect(rows[0].n).toBe(1);
  });

  it('keeps one answer per challenge when two tabs answer at once', async () => {
    const { token } = await learner();
    const started = (await api.gql(START, { id: '3.1' }, { token })).data!.startCompetenceEvaluation;
    const id = started.currentChallenge.id;
    const results = await Promise.all([answer(token, started.id, id, correct(id)), answer(token, started.id, id, SKIP_MARKER)]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['NOT_CURRENT_CHALLENGE', 'ok']);
    const { rows } = await db.query('select count(*)::int as n from answers where assessment_id = $1', [Number(started.id)]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses answers to the test of another learner, to an unknown test, and malformed values', async () => {
    const owner = await learner();
    const intruder = await learner();
    const started = (await api.gql(START, { id: '5.1' }, { token: owner.token })).data!.startCompetenceEvaluation;
    const id = started.currentChallenge.id;
    expect((await answer(intruder.token, started.id, id, correct(id))).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(`query { assessment(id: "${started.id}") { id } }`, {}, { token: intruder.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await answer(owner.token, '999999', id, 'x')).errors![0].extensions!.code).toBe('NOT_FOUND');
    const long = await answer(owner.token, started.id, id, 'a'.repeat(6_000));
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    const huge = await answer(owner.token, started.id, id, 'a'.repeat(100 * 1024));
    expect(huge.status).toBe(413);
    expect(huge.errors![0].extensions!.code).toBe('PAYLOAD_TOO_LARGE');
    const { rows } = await db.query('select count(*)::int as n from answers where assessment_id = $1', [Number(started.id)]);
    expect(rows[0].n).toBe(0);
  });

  it('places a learner who answers everything right at level 6, and refuses answers after the end', async () => {
    const { token } = await learner();
    const started = (await api.gql(START, { id: '1.2' }, { token })).data!.startCompetenceEvaluation;
    await finish(token, started.id, started.currentChallenge.id, correct);
    const competence = await profileOf(token, '1.2');
    expect(competence).toMatchObject({ level: 6, pixScore: 48, status: 'COMPLETED', canRetry: false });
    const anyChallenge = content().activeSkillsOf('1.2')[0];
    const late = await answer(token, started.id, content().publicIdOf(content().challengesOf(anyChallenge.id)[0].id), 'x');
    expect(late.errors![0].extensions!.code).toBe('ASSESSMENT_COMPLETED');
  });

  it('offers "Retenter" after 4 days and "Remettre à zéro" after 7, as the competence page says', async () => {
    const user = await learner();
    let token = user.token;
    // Days pass: the access token of the morning has expired, the learner logs in again.
    const logInAgain = async () =>
      (await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`)).data!.logIn.accessToken as string;
    const started = (await api.gql(START, { id: '1.3' }, { token })).data!.startCompetenceEvaluation;
    await finish(token, started.id, started.currentChallenge.id, () => SKIP_MARKER);
    expect(await profileOf(token, '1.3')).toMatchObject({ level: 0, status: 'COMPLETED', canRetry: false, retryAvailableInDays: 4, canReset: false, resetAvailableInDays: 7 });
    const early = await api.gql(`mutation { retryCompetence(competenceId: "1.3") { id } }`, {}, { token });
    expect(early.errors![0]).toMatchObject({ message: 'Vous pourrez retenter cette compétence dans 4 jour(s).', extensions: { code: 'RETRY_NOT_AVAILABLE', availableInDays: 4 } });
    clock.advance(4 * 24 * 3600);
    token = await logInAgain();
    expect(await profileOf(token, '1.3')).toMatchObject({ canRetry: true, resetAvailableInDays: 3 });
    const retry = (await api.gql(`mutation { retryCompetence(competenceId: "1.3") { id state currentChallenge { id } } }`, {}, { token })).data!.retryCompetence;
    expect(retry.id).not.toBe(started.id);
    expect(retry.state).toBe('STARTED');
    const resetEarly = await api.gql(`mutation { resetCompetence(competenceId: "1.3") { id } }`, {}, { token });
    expect(resetEarly.errors![0].message).toBe('Remise à zéro disponible dans 3 jour(s).');
    clock.advance(3 * 24 * 3600);
    token = await logInAgain();
    const reset = (await api.gql(`mutation { resetCompetence(competenceId: "1.3") { id state } }`, {}, { token })).data!.resetCompetence;
    expect(reset.state).toBe('STARTED');
    expect(await profileOf(token, '1.3')).toMatchObject({ level: 0, pixScore: 0, status: 'STARTED', assessmentId: reset.id });
  });

  it('saves and likes tutorials, listed in "Mes tutos"', async () => {
    const { token } = await learner();
    const tutorial = content().tutorial(content().skill(content().activeSkillsOf('2.2')[0].id)!.tutorialIds[0])!;
    const saved = await api.gql(`mutation { saveTutorial(tutorialId: "${tutorial.id}") { id isSaved isLiked } }`, {}, { token });
    expect(saved.data!.saveTutorial).toEqual({ id: tutorial.id, isSaved: true, isLiked: false });
    await api.gql(`mutation { saveTutorial(tutorialId: "${tutorial.id}") { id } }`, {}, { token });
    const liked = await api.gql(`mutation { likeTutorial(tutorialId: "${tutorial.id}") { isLiked } }`, {}, { token });
    expect(liked.data!.likeTutorial.isLiked).toBe(true);
    const mine = await api.gql(`{ me { savedTutorials { id title link isSaved isLiked } } }`, {}, { token });
    expect(mine.data!.me.savedTutorials).toEqual([{ id: tutorial.id, title: tutorial.title, link: tutorial.link, isSaved: true, isLiked: true }]);
    await api.gql(`mutation { unsaveTutorial(tutorialId: "${tutorial.id}") { id } }`, {}, { token });
    expect((await api.gql(`{ me { savedTutorials { id } } }`, {}, { token })).data!.me.savedTutorials).toEqual([]);
    const unknown = await api.gql(`mutation { saveTutorial(tutorialId: "inconnu") { id } }`, {}, { token });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('serves the illustration, the attachment (with its size) and the simulator of a challenge on the same origin', async () => {
    const staff = await buildUser(api.platform.services.orm.em.fork(), { platformRole: 'METIER' });
    const token = (await api.gql(`mutation { logIn(input: { login: "${staff.email}", password: "${staff.password}" }) { accessToken } }`)).data!.logIn.accessToken;
    const preview = async (id: string) =>
      (await api.gql(`{ contentChallenge(id: "${id}") { preview { illustration { url alt } attachment { url fileName size } embed { url title height } } } }`, {}, { token })).data!
        .contentChallenge.preview;
    const illustrated = await preview('formulesTableur1-c');
    expect(illustrated.illustration.alt).toContain('colonne C, à la ligne 4');
    const image = await fetch(`${api.url}${illustrated.illustration.url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toContain('image/svg+xml');
    const attached = await preview('analyseDonnees5-c');
    expect(attached.attachment.fileName).toBe('releves-temperatures.csv');
    const file = await (await fetch(`${api.url}${attached.attachment.url}`)).text();
    expect(file.split('\r\n').filter((line) => /;1[2-9],\d$/.test(line))).toHaveLength(5);
    expect(attached.attachment.size).toBe((await (await fetch(`${api.url}${attached.attachment.url}`)).arrayBuffer()).byteLength);
    const simulated = await preview('hameconnage4-c');
    expect(simulated.embed).toEqual({ url: '/contenus/simulateurs/webmail.html', title: 'Simulateur : messagerie de Sam Martin', height: 460 });
    const page = await fetch(`${api.url}${simulated.embed.url}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain('sandbox allow-scripts');
    expect(await page.text()).toContain('Boîte de réception');
    expect((await fetch(`${api.url}/contenus/inexistant.svg`)).status).toBe(404);
  });

  it('says the profile is certifiable from 5 competences at level 1', async () => {
    const user = await learner();
    const em = api.platform.services.orm.em.fork();
    const seeds = (codes: string[]) => codes.flatMap((code) => skillsUpToLevel(content(), code, 1).map((skillId) => ({ userId: user.id, skillId })));
    await buildKnowledgeElements(em, content(), seeds(['1.1', '2.1', '3.1', '4.1']));
    let profile = (await api.gql(PROFILE, {}, { token: user.token })).data!.me.profile;
    expect(profile).toMatchObject({ isCertifiable: false, certifiableCompetencesCount: 4 });
    await buildKnowledgeElements(em, content(), seeds(['5.1']));
    profile = (await api.gql(PROFILE, {}, { token: user.token })).data!.me.profile;
    expect(profile).toMatchObject({ isCertifiable: true, certifiableCompetencesCount: 5 });
  });
});
