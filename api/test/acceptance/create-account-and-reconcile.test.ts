import { Client } from 'pg';
import { buildCampaign, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildAssessmentCampaign, outcome, START } from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const CREATE = `mutation C($input: CreateAccountAndReconcileInput!) { createAccountAndReconcile(input: $input) {
  accessToken accessTokenExpiresAt user { id firstName lastName email username locale mustChangePassword } } }`;
const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken user { id } } }`;
const CODE = 'CPTNEW234';
const PASSWORD = 'MonSecret2026';

describe('"Je n\'ai pas de compte": a pupil creates their account on a campaign of the school, linked to their pupil', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  const clock = new TestClock();
  const em = () => api.platform.services.orm.em.fork();
  const create = (input: Record<string, unknown>, headers: Record<string, string> = {}) =>
    api.gql(CREATE, { input: { campaignCode: CODE, withUsername: true, password: PASSWORD, cgu: true, ...input } }, { headers });
  const usersCount = async () => Number((await db.query('select count(*) from users')).rows[0].count);
  const linkedUser = async (learnerId: number) => (await db.query('select user_id from organization_learners where id = $1', [learnerId])).rows[0].user_id;

  beforeAll(async () => {
    api = await startTestApi({
      clock,
      env: { THROTTLE_ACCOUNT_FAILURES: '3', THROTTLE_ADDRESS_FAILURES: '5', THROTTLE_WINDOW_SECONDS: '900', ACCESS_TOKEN_TTL_SECONDS: '86400' },
    });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, name: 'Rentrée – 2NDE1', code: CODE });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });
  // Each case starts with a fresh throttling window (the tests share one address).
  beforeEach(() => clock.advance(901));

  it('creates an account with the username of the school\'s record, links it to the pupil and logs it in; the test starts at once', async () => {
    const pupilId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Éloïse', middleName: 'Marie', lastName: "D'Arcy", birthdate: '2010-03-05', division: '2NDE1' });
    const response = await create({ campaignCode: ' cptnew234 ', firstName: 'eloise', lastName: 'D ARCY', birthdate: '2010-03-05' });

    expect(response.errors).toBeUndefined();
    const payload = response.data!.createAccountAndReconcile;
    expect(payload.user).toMatchObject({ firstName: 'Éloïse', lastName: "D'Arcy", email: null, username: 'eloise.darcy0503', locale: 'fr', mustChangePassword: false });
    expect(response.headers.get('set-cookie')).toMatch(/refresh_token=[^;]+;.*HttpOnly/i);
    expect(await linkedUser(pupilId)).toBe(Number(payload.user.id));
    const { rows } = await db.query('select email, username, must_change_password, cgu_accepted_at from users where id = $1', [Number(payload.user.id)]);
    expect(rows[0]).toMatchObject({ email: null, username: 'eloise.darcy0503', must_change_password: false });
    expect(rows[0].cgu_accepted_at).not.toBeNull();

    const started = await api.gql(START, { input: { campaignCode: CODE } }, { token: payload.accessToken });
    expect(started.errors).toBeUndefined();
    expect(started.data!.startCampaignParticipation).toMatchObject({ status: 'STARTED', campaign: { code: CODE }, assessment: { type: 'CAMPAIGN', state: 'STARTED' } });

    // The password is the pupil's own: logging in with the username asks for nothing more.
    const login = await api.gql(LOG_IN, { login: 'eloise.darcy0503', password: PASSWORD });
    expect(login.errors).toBeUndefined();
    expect(login.data!.logIn.user.id).toBe(payload.user.id);
  });

  it('takes 4 other digits when the username is taken, and speaks the visitor\'s language', async () => {
    await buildUser(em(), { firstName: 'Hugo', lastName: 'Garcia', email: null, username: 'hugo.garcia1204' });
    const pupilId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Hugo', lastName: 'García', birthdate: '2010-12-04', division: '2NDE2' });
    const response = await create({ firstName: 'Hugo', lastName: 'Garcia', birthdate: '2010-12-04' }, { 'accept-language': 'en' });

    expect(response.errors).toBeUndefined();
    const { user } = response.data!.createAccountAndReconcile;
    expect(user.username).toMatch(/^hugo\.garcia\d{4}$/);
    expect(user.username).not.toBe('hugo.garcia1204');
    expect(user.locale).toBe('en');
    expect(await linkedUser(pupilId)).toBe(Number(user.id));
  });

  it('creates an account with an e-mail address instead, which must be free', async () => {
    const pupilId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Nathan', lastName: 'Roux', birthdate: '2010-06-06', division: '2NDE2' });
    await buildUser(em(), { email: 'deja.pris@example.net' });
    const before = await usersCount();
    const taken = await create({ firstName: 'Nathan', lastName: 'Roux', birthdate: '2010-06-06', withUsername: false, email: 'Deja.Pris@example.net' });
    expect(taken.errors![0]).toMatchObject({ extensions: { code: 'EMAIL_ALREADY_USED', field: 'email' } });
    expect(await usersCount()).toBe(before);

    const response = await create({ firstName: 'Nathan', lastName: 'Roux', birthdate: '2010-06-06', withUsername: false, email: ' Nathan.Roux@Example.net ' });
    expect(response.errors).toBeUndefined();
    const payload = response.data!.createAccountAndReconcile;
    expect(payload.user).toMatchObject({ email: 'nathan.roux@example.net', username: null, mustChangePassword: false });
    expect(await linkedUser(pupilId)).toBe(Number(payload.user.id));
    const started = await api.gql(START, { input: { campaignCode: CODE } }, { token: payload.accessToken });
    expect(started.data!.startCampaignParticipation.status).toBe('STARTED');
    expect((await api.gql(LOG_IN, { login: 'nathan.roux@example.net', password: PASSWORD })).errors).toBeUndefined();
  });

  it('tells a pupil who already has an account how it logs in, masked, and creates nothing', async () => {
    const sacha = await buildUser(em(), { firstName: 'Sacha', lastName: 'Bernard', email: 'sacha.b@example.net', username: 'sacha.bernard0909' });
    const pupilId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Sacha', lastName: 'Bernard', birthdate: '2010-09-09', division: '2NDE1', userId: sacha.id });
    const before = await usersCount();
    const response = await create({ firstName: 'Sacha', lastName: 'Bernard', birthdate: '2010-09-09' });

    expect(response.data).toBeNull();
    expect(response.errors![0]).toMatchObject({
      extensions: { code: 'LEARNER_ALREADY_LINKED', connectionMethods: ['EMAIL', 'USERNAME'], maskedEmail: 's***@example.net', username: 's***.b***' },
    });
    expect(response.errors![0].message).toBe(
      "Cet élève a déjà un compte Pix libre, qui se connecte avec l'adresse e-mail s***@example.net ou l'identifiant s***.b***. Si c'est vous, connectez-vous avec ce compte ; sinon, adressez-vous à votre enseignant.",
    );
    expect(JSON.stringify(response)).not.toMatch(/sacha\.b@|sacha\.bernard|0909|2NDE1|2010/);
    expect(await usersCount()).toBe(before);
    expect(await linkedUser(pupilId)).toBe(sacha.id);

    // The same pupil (same INE) linked to an account in another school: an anonymous visitor learns that an
    // account exists, nothing of it (issue 10).
    const other = await buildUser(em(), { email: null, username: 'ines.morel0101' });
    await buildOrganizationLearner(em(), schools.collegeId, { firstName: 'Inès', lastName: 'Morel', birthdate: '2011-01-01', division: '3A', nationalStudentId: '987654321ZZ', userId: other.id });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Inès', lastName: 'Morel', birthdate: '2011-01-01', division: '2NDE3', nationalStudentId: '987654321ZZ' });
    const beforeIne = await usersCount();
    const sameIne = await create({ firstName: 'Ines', lastName: 'Morel', birthdate: '2011-01-01' }, { 'accept-language': 'en' });
    expect(sameIne.errors![0]).toMatchObject({ extensions: { code: 'LEARNER_ALREADY_LINKED', connectionMethods: [], maskedEmail: null, username: null } });
    expect(sameIne.errors![0].message).toBe('This pupil already has a Pix libre account. Ask your teacher.');
    expect(JSON.stringify(sameIne)).not.toMatch(/ines|morel|0101|Coll/i);
    expect(await usersCount()).toBe(beforeIne);
  });

  it('makes one account of two requests at once for the same pupil: the other is rolled back', async () => {
    const pupilId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Lina', lastName: 'Benali', birthdate: '2010-04-04', division: '2NDE1' });
    const before = await usersCount();
    const identity = { firstName: 'Lina', lastName: 'Benali', birthdate: '2010-04-04', withUsername: false };
    const responses = await Promise.all([
      create({ ...identity, email: 'lina.un@example.net' }),
      create({ ...identity, email: 'lina.deux@example.net' }),
    ]);

    expect(responses.map(outcome).sort()).toEqual(['LEARNER_ALREADY_LINKED', 'ok']);
    expect(await usersCount()).toBe(before + 1);
    const winner = responses.find((r) => !r.errors)!.data!.createAccountAndReconcile.user;
    expect(await linkedUser(pupilId)).toBe(Number(winner.id));
    const loser = responses.find((r) => r.errors)!;
    expect(loser.errors![0].extensions).toMatchObject({ maskedEmail: 'l***@example.net' });
  });

  it('finds no one for a wrong birth date or several pupils, as reconciliation says it, and creates nothing', async () => {
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Tom', lastName: 'Petit', birthdate: '2010-05-03', division: '2NDE1' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Emma', middleName: 'Louise', lastName: 'Petit', birthdate: '2011-02-02', division: '2NDE1' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Louise', lastName: 'Petit', birthdate: '2011-02-02', division: '2NDE2' });
    const before = await usersCount();

    const wrongDate = await create({ firstName: 'Tom', lastName: 'Petit', birthdate: '2010-03-05' });
    expect(wrongDate.errors![0]).toMatchObject({ extensions: { code: 'RECONCILIATION_NO_MATCH' } });
    expect(wrongDate.errors![0].message).toMatch(/^Vérifiez vos nom, prénom et date de naissance/);
    const english = await create({ firstName: 'Tom', lastName: 'Petit', birthdate: '2010-03-05' }, { 'accept-language': 'en' });
    expect(english.errors![0].message).toMatch(/^Check your last name, first name and birth date/);
    const twins = await create({ firstName: 'Louise', lastName: 'Petit', birthdate: '2011-02-02' });
    expect(twins.errors![0]).toMatchObject({ extensions: { code: 'RECONCILIATION_AMBIGUOUS' } });
    expect(JSON.stringify([wrongDate, english, twins])).not.toMatch(/Tom\b|2NDE|Emma/);
    expect(await usersCount()).toBe(before);
  });

  it('checks the fields in the order of the form before looking for the pupil', async () => {
    const pupil = { firstName: 'Zoé', lastName: 'Blanc', birthdate: '2010-08-08' };
    await buildOrganizationLearner(em(), schools.lyceeId, { ...pupil, division: '2NDE1' });
    const before = await usersCount();
    const field = async (input: Record<string, unknown>) => (await create({ ...pupil, ...input })).errors![0].extensions;

    expect(await field({ birthdate: '08/08/2010' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'birthdate' });
    expect(await field({ withUsername: false })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await field({ withUsername: false, email: 'pas-une-adresse' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await field({ withUsername: true, email: 'zoe@example.net' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    expect(await field({ password: 'faible' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const cgu = await create({ ...pupil, cgu: false });
    expect(cgu.errors![0]).toMatchObject({ message: "Vous devez accepter les conditions d'utilisation pour créer un compte.", extensions: { field: 'cgu' } });
    expect(await usersCount()).toBe(before);
  });

  it('is for schools that manage their pupils only, and answers unknown codes as the landing page does', async () => {
    const company = await buildOrganization(em(), { name: 'Médiathèque', type: 'PRO' });
    await buildCampaign(em(), { organizationId: company.id, creatorId: schools.people.teacher.id, type: 'PROFILES_COLLECTION', code: 'MEDBKS234' });
    const notNeeded = await create({ campaignCode: 'MEDBKS234', firstName: 'Zoé', lastName: 'Blanc', birthdate: '2010-08-08' });
    expect(notNeeded.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'campaignCode' } });
    const unknown = await create({ campaignCode: 'ZZZZZZ999', firstName: 'Zoé', lastName: 'Blanc', birthdate: '2010-08-08' });
    expect(unknown.errors![0]).toMatchObject({ message: "Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.", extensions: { code: 'NOT_FOUND' } });
  });

  it('throttles attempts per address, even with the right identity then, and lets them try again after the window', async () => {
    const pupilId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Jade', lastName: 'Fontaine', birthdate: '2010-10-10', division: '2NDE3' });
    const before = await usersCount();
    for (let i = 1; i <= 5; i += 1) expect(outcome(await create({ firstName: 'Jade', lastName: 'Fontaine', birthdate: `2010-10-0${i}` }))).toBe('RECONCILIATION_NO_MATCH');
    const blocked = await create({ firstName: 'Jade', lastName: 'Fontaine', birthdate: '2010-10-10' });
    expect(blocked.errors![0]).toMatchObject({ message: 'Trop de tentatives. Veuillez réessayer dans 15 minute(s).', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    expect(await usersCount()).toBe(before);
    expect(await linkedUser(pupilId)).toBeNull();

    clock.advance(901);
    const back = await create({ firstName: 'Jade', lastName: 'Fontaine', birthdate: '2010-10-10' });
    expect(back.data!.createAccountAndReconcile.user.username).toBe('jade.fontaine1010');
  });
});
