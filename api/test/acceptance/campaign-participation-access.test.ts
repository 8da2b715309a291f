import { randomUUID } from 'node:crypto';
import { buildCampaign, buildOrganizationLearner } from '../../src/seeds/database-builder';
import { buildAssessmentCampaign, loggedIn, outcome, PARTICIPATION, RECONCILE, SEND, SHARE, START, type LoggedInUser } from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const CODE_UNKNOWN = "Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.";

describe('who may reconcile, join, read and send what: pupils never reveal one another', () => {
  let api: TestApi;
  let schools: Schools;
  let hugo: LoggedInUser;
  let hugoParticipation: { id: string; assessment: { id: string; currentChallenge: { id: string } } };
  const clock = new TestClock();
  const em = () => api.platform.services.orm.em.fork();
  const reconcile = (token: string, firstName: string, lastName: string, birthdate: string, campaignCode = 'ACCESS234') =>
    api.gql(RECONCILE, { input: { campaignCode, firstName, lastName, birthdate } }, { token });

  beforeAll(async () => {
    api = await startTestApi({
      clock,
      env: { THROTTLE_ACCOUNT_FAILURES: '3', THROTTLE_ADDRESS_FAILURES: '6', THROTTLE_WINDOW_SECONDS: '900', ACCESS_TOKEN_TTL_SECONDS: '86400' },
    });
    schools = await buildSchools(api);
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, code: 'ACCESS234' });
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, code: 'ARCHVE234', archivedAt: new Date() });
    // A pupil whose account the teacher made (username) and who also gave an e-mail address.
    hugo = await loggedIn(api, { firstName: 'Hugo', lastName: 'Garcia', email: 'hugo.garcia@example.net', username: 'hugo.garcia1204' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Hugo', lastName: 'Garcia', birthdate: '2010-12-04', division: '2NDE1', userId: hugo.id });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Emma', middleName: 'Louise', lastName: 'Petit', birthdate: '2011-01-01', division: '2NDE1' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Louise', lastName: 'Petit', birthdate: '2011-01-01', division: '2NDE2' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Nathan', lastName: 'Roux', birthdate: '2010-06-06', division: '2NDE2' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Léa', lastName: 'Martin', preferredLastName: 'Morel', birthdate: '2010-02-02', division: '2NDE3' });
    // The same pupil (same INE) is linked, in the collège, to an account that logs in with a username only.
    const sacha = await loggedIn(api, { firstName: 'Sacha', lastName: 'Bernard', email: null, username: 'sacha.bernard0909' });
    await buildOrganizationLearner(em(), schools.collegeId, { firstName: 'Sacha', lastName: 'Bernard', birthdate: '2010-09-09', division: '3A', nationalStudentId: '123456789AB', userId: sacha.id });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Sacha', lastName: 'Bernard', birthdate: '2010-09-09', division: '2NDE1', nationalStudentId: '123456789AB' });
  });
  afterAll(() => api.stop());

  it('lets a pupil whose account the teacher made start at once: reconciling is nothing to do', async () => {
    const started = await api.gql(START, { input: { campaignCode: 'ACCESS234' } }, { token: hugo.token });
    expect(started.errors).toBeUndefined();
    hugoParticipation = started.data!.startCampaignParticipation;
    // Nothing to do, and said so whatever is typed (issue 10: never "now linked", never a look-up).
    const again = await reconcile(hugo.token, 'Hugo', 'Garcia', '2010-12-04');
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'ACCOUNT_ALREADY_LINKED' } });
    expect(again.errors![0].message).toMatch(/^Votre compte est déjà rattaché à un élève de /);
    expect((await reconcile(hugo.token, 'Hugo', 'Garcia', '2011-01-01')).errors![0]).toEqual(again.errors![0]);
  });

  it('tells another account how the account already linked to the pupil logs in, masked, and nothing else', async () => {
    const other = await loggedIn(api, { firstName: 'Hugo', lastName: 'Garcia' });
    const response = await reconcile(other.token, 'hugo', 'garcia', '2010-12-04');
    expect(response.data).toBeNull();
    expect(response.errors![0]).toMatchObject({
      extensions: { code: 'LEARNER_ALREADY_LINKED', connectionMethods: ['EMAIL', 'USERNAME'], maskedEmail: 'h***@example.net', username: 'h***.g***' },
    });
    expect(response.errors![0].message).toContain("l'adresse e-mail h***@example.net ou l'identifiant h***.g***");
    expect(JSON.stringify(response)).not.toMatch(/hugo\.garcia|1204|2NDE1|Garcia"|2010/);

    const sameIne = await reconcile(other.token, 'Sacha', 'Bernard', '2010-09-09');
    expect(sameIne.errors![0]).toMatchObject({ extensions: { code: 'LEARNER_ALREADY_LINKED', connectionMethods: ['USERNAME'], maskedEmail: null } });
    expect(sameIne.errors![0].message).toContain("l'identifiant s***.b***");
  });

  it('finds no one for several pupils matching, and links the usage name', async () => {
    const learner = await loggedIn(api);
    const twins = await reconcile(learner.token, 'Louise', 'Petit', '2011-01-01');
    expect(twins.errors![0]).toMatchObject({ extensions: { code: 'RECONCILIATION_AMBIGUOUS' } });
    expect(twins.errors![0].message).toMatch(/^Plusieurs élèves/);
    const usage = await reconcile(learner.token, 'Lea', 'Morel', '2010-02-02');
    expect(usage.data!.reconcileWithOrganizationLearner).toMatchObject({ firstName: 'Léa', lastName: 'Martin' });
    const another = await reconcile(learner.token, 'Nathan', 'Roux', '2010-06-06');
    expect(another.errors![0]).toMatchObject({ extensions: { code: 'ACCOUNT_ALREADY_LINKED' } });
    expect(another.errors![0].message).toMatch(/^Votre compte est déjà rattaché à un élève de /);
  });

  it('answers an unknown or archived code as the landing page does, whatever the operation', async () => {
    // A fresh window: the reconciliations above count too (every attempt is counted before the check).
    clock.advance(901);
    const learner = await loggedIn(api);
    // Six wrong codes: the address's limit here (campaign codes are throttled per address).
    for (const code of ['ARCHVE234', 'zzzzzz 999']) {
      for (const response of [
        await api.gql(START, { input: { campaignCode: code } }, { token: learner.token }),
        await api.gql(SEND, { code }, { token: learner.token }),
        await reconcile(learner.token, 'Nathan', 'Roux', '2010-06-06', code),
      ]) {
        expect(response.errors!.map(({ message, extensions }) => ({ message, extensions }))).toEqual([{ message: CODE_UNKNOWN, extensions: { code: 'NOT_FOUND' } }]);
      }
    }
    expect(outcome(await api.gql(START, { input: { campaignCode: 'ACCESS234' } }, { token: learner.token }))).toBe('TOO_MANY_ATTEMPTS');
    clock.advance(901);
  });

  it("lets no other learner read, answer or send someone's participation, nor see it in their list", async () => {
    const intruder = await loggedIn(api);
    expect(outcome(await api.gql(PARTICIPATION, { id: hugoParticipation.id }, { token: intruder.token }))).toBe('FORBIDDEN');
    expect(outcome(await api.gql(SHARE, { id: hugoParticipation.id }, { token: intruder.token }))).toBe('FORBIDDEN');
    expect(outcome(await api.gql(`query { assessment(id: "${hugoParticipation.assessment.id}") { id } }`, {}, { token: intruder.token }))).toBe('FORBIDDEN');
    const answer = await api.gql(
      `mutation A($input: AnswerChallengeInput!) { answerChallenge(input: $input) { answer { id } } }`,
      { input: { assessmentId: hugoParticipation.assessment.id, challengeId: hugoParticipation.assessment.currentChallenge.id, value: '1', idempotencyKey: randomUUID() } },
      { token: intruder.token },
    );
    expect(outcome(answer)).toBe('FORBIDDEN');
    const mine = await api.gql(`{ me { campaignParticipations { id } } }`, {}, { token: intruder.token });
    expect(mine.data!.me.campaignParticipations).toEqual([]);
    expect(outcome(await api.gql(PARTICIPATION, { id: '999999' }, { token: intruder.token }))).toBe('NOT_FOUND');
    expect(outcome(await api.gql(PARTICIPATION, { id: 'abc' }, { token: intruder.token }))).toBe('NOT_FOUND');
  });

  it('shows a participation to the teachers of its school and the support team only, without the test or unsent results', async () => {
    const outsider = await api.gql(PARTICIPATION, { id: hugoParticipation.id }, { token: schools.people.otherSchool.token });
    expect(outsider.data).toBeNull();
    expect(outsider.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(JSON.stringify(outsider)).not.toMatch(/STARTED|Garcia/);
    for (const reader of [schools.people.teacher, schools.people.admin, schools.people.support]) {
      const response = await api.gql(PARTICIPATION, { id: hugoParticipation.id }, { token: reader.token });
      expect(response.data!.campaignParticipation).toMatchObject({ status: 'STARTED', assessment: null, results: null, masteryRate: null });
    }
  });

  it('throttles reconciliation attempts per account, then per address, then lets them try again', async () => {
    clock.advance(3600);
    const first = await loggedIn(api);
    for (let i = 0; i < 3; i += 1) expect(outcome(await reconcile(first.token, 'Nathan', 'Rou', `2010-06-0${i + 1}`))).toBe('RECONCILIATION_NO_MATCH');
    const blocked = await reconcile(first.token, 'Nathan', 'Roux', '2010-06-06');
    expect(blocked.errors![0]).toMatchObject({ message: 'Trop de tentatives. Veuillez réessayer dans 15 minute(s).', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    const second = await loggedIn(api);
    for (let i = 0; i < 3; i += 1) expect(outcome(await reconcile(second.token, 'Zoé', 'Roux', '2010-06-06'))).toBe('RECONCILIATION_NO_MATCH');
    const third = await loggedIn(api);
    expect(outcome(await reconcile(third.token, 'Nathan', 'Roux', '2010-06-06'))).toBe('TOO_MANY_ATTEMPTS');
    clock.advance(901);
    const back = await reconcile(third.token, 'Nathan', 'Roux', '2010-06-06');
    expect(back.data!.reconcileWithOrganizationLearner).toMatchObject({ firstName: 'Nathan', lastName: 'Roux' });
  });

  it('refuses a campaign of the wrong kind for each way of joining', async () => {
    await buildCampaign(em(), { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, type: 'PROFILES_COLLECTION', code: 'PRFKND234' });
    const start = await api.gql(START, { input: { campaignCode: 'PRFKND234' } }, { token: hugo.token });
    expect(start.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'campaignCode' } });
    expect(start.errors![0].message).toMatch(/Envoyer mon profil/);
    const send = await api.gql(SEND, { code: 'ACCESS234' }, { token: hugo.token });
    expect(send.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'campaignCode' } });
  });
});
