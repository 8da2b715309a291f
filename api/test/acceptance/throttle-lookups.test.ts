import { Client } from 'pg';
import { buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildAssessmentCampaign, loggedIn, RECONCILE } from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type GraphQLResponse, type TestApi } from '../helpers/test-api';
import { emailsDelivered } from '../helpers/outbox';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const BY_CODE = `query C($code: String!) { campaignByCode(code: $code) { code viewerLinkedToOrganization } }`;
const CREATE = `mutation C($input: CreateAccountAndReconcileInput!) { createAccountAndReconcile(input: $input) { accessToken } }`;
const REQUEST_RESET = `mutation R($email: String!) { requestPasswordReset(email: $email) }`;
const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const CODE = 'RCHRCH234';
const WINDOW = 900;

const codeOf = (response: GraphQLResponse) => (response.errors ? String(response.errors[0].extensions!.code) : 'OK');

/** Issue 10, findings 3, 10 and 11: what reconciliation, sign-up and password reset let anyone learn or send. */
describe('reconciliation, sign-up and reset links give nothing away and are throttled', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  const clock = new TestClock();
  const em = () => api.platform.services.orm.em.fork();
  const mailsTo = async (recipient: string) => (await emailsDelivered(db), Number((await db.query('select count(*) from outbox_emails where recipient = $1', [recipient])).rows[0].count));

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { ACCESS_TOKEN_TTL_SECONDS: '86400' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, name: 'Recherche', code: CODE });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });
  beforeEach(() => clock.advance(24 * 3600));

  it("answers a pupil already linked to the school the same whatever is typed, never 'now linked', and throttles it", async () => {
    const pupil = await loggedIn(api, { firstName: 'Lina', lastName: 'Morel' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Lina', lastName: 'Morel', birthdate: '2010-04-02', division: '2NDE1', userId: pupil.id });
    const other = await buildUser(em(), { firstName: 'Noé', lastName: 'Faure' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Noé', lastName: 'Faure', birthdate: '2010-07-11', division: '2NDE1', userId: other.id });

    // The landing page knows it: the learner app skips the identity step.
    expect((await api.gql(BY_CODE, { code: CODE }, { token: pupil.token })).data!.campaignByCode.viewerLinkedToOrganization).toBe(true);
    expect((await api.gql(BY_CODE, { code: CODE })).data!.campaignByCode.viewerLinkedToOrganization).toBe(false);

    const typed = [
      { firstName: 'Lina', lastName: 'Morel', birthdate: '2010-04-02' },
      { firstName: 'Lina', lastName: 'Morel', birthdate: '2011-12-31' },
      { firstName: 'Noé', lastName: 'Faure', birthdate: '2010-07-11' },
      { firstName: 'Personne', lastName: 'Inconnu', birthdate: '2010-01-01' },
    ];
    const answers = [];
    for (const identity of typed) answers.push(await api.gql(RECONCILE, { input: { campaignCode: CODE, ...identity } }, { token: pupil.token }));
    for (const answer of answers) {
      expect(answer.data).toBeNull();
      expect(answer.errors![0]).toEqual(answers[0].errors![0]);
    }
    expect(answers[0].errors![0]).toMatchObject({
      message: "Votre compte est déjà rattaché à un élève de l'établissement Lycée Marie Curie : vous n'avez pas à vous identifier de nouveau. Si ce n'est pas vous, adressez-vous à votre enseignant.",
      extensions: { code: 'ACCOUNT_ALREADY_LINKED' },
    });
    for (let i = 0; i < 6; i += 1) await api.gql(RECONCILE, { input: { campaignCode: CODE, ...typed[2] } }, { token: pupil.token });
    expect(codeOf(await api.gql(RECONCILE, { input: { campaignCode: CODE, ...typed[3] } }, { token: pupil.token }))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('masks the username of the account already linked, and tells an anonymous visitor nothing of another school by INE', async () => {
    const owner = await buildUser(em(), { firstName: 'Théo', lastName: 'Blanc', email: null, username: 'theo.blanc0812' });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Théo', lastName: 'Blanc', birthdate: '2010-12-08', division: '2NDE1', userId: owner.id });
    const visitor = { campaignCode: CODE, withUsername: true, password: 'MonSecret2026', cgu: true };
    const linked = await api.gql(CREATE, { input: { ...visitor, firstName: 'Théo', lastName: 'Blanc', birthdate: '2010-12-08' } });
    expect(linked.errors![0].extensions).toMatchObject({ code: 'LEARNER_ALREADY_LINKED', connectionMethods: ['USERNAME'], username: 't***.b***' });
    expect(JSON.stringify(linked)).not.toMatch(/theo|blanc|0812/i);

    // The same pupil (same INE) has an account through another school only.
    const elsewhere = await buildUser(em(), { firstName: 'Jade', lastName: 'Roy', email: 'jade.roy@example.net' });
    await buildOrganizationLearner(em(), schools.collegeId, { firstName: 'Jade', lastName: 'Roy', birthdate: '2009-02-20', division: '3E1', nationalStudentId: '123456789JK', userId: elsewhere.id });
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Jade', lastName: 'Roy', birthdate: '2009-02-20', division: '2NDE2', nationalStudentId: '123456789JK' });
    const byIne = await api.gql(CREATE, { input: { ...visitor, firstName: 'Jade', lastName: 'Roy', birthdate: '2009-02-20' } });
    expect(byIne.errors![0]).toMatchObject({
      message: 'Cet élève a déjà un compte Pix libre. Adressez-vous à votre enseignant.',
      extensions: { code: 'LEARNER_ALREADY_LINKED', connectionMethods: [], maskedEmail: null, username: null },
    });
  });

  it('sends at most 3 reset links an hour to one address, whether or not an account has it', async () => {
    await buildUser(em(), { email: 'oubli@example.fr' });
    const known = await Promise.all(Array.from({ length: 6 }, () => api.gql(REQUEST_RESET, { email: 'oubli@example.fr' })));
    const unknown = await Promise.all(Array.from({ length: 6 }, () => api.gql(REQUEST_RESET, { email: 'personne@example.fr' })));
    expect(known.map(codeOf).sort()).toEqual(['OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    expect(unknown.map(codeOf).sort()).toEqual(known.map(codeOf).sort());
    expect(await mailsTo('oubli@example.fr')).toBe(3);
    clock.advance(3600);
    expect(codeOf(await api.gql(REQUEST_RESET, { email: 'oubli@example.fr' }))).toBe('OK');
  });

  it('refuses sign-ups in bulk: per e-mail address, then per address', async () => {
    const signUp = (email: string) => api.gql(SIGN_UP, { input: { firstName: 'Robot', lastName: 'Robot', email, password: 'Motdepasse1', cgu: true } });
    const sameEmail = await Promise.all(Array.from({ length: 8 }, () => signUp('robot@example.fr')));
    expect(sameEmail.map(codeOf).sort()).toEqual(['EMAIL_ALREADY_USED', 'EMAIL_ALREADY_USED', 'EMAIL_ALREADY_USED', 'EMAIL_ALREADY_USED', 'OK', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
    const many = [];
    for (let i = 0; i < 50; i += 1) many.push(codeOf(await signUp(`robot${i}@example.fr`)));
    expect(many.filter((code) => code === 'OK')).toHaveLength(45);
    expect(many.slice(45).every((code) => code === 'TOO_MANY_ATTEMPTS')).toBe(true);
  });
});

/** Issue 10, finding 8: X-Forwarded-For is believed from the configured proxy only; IPv6 counts by /64. */
describe('the address a throttle counts', () => {
  const clock = new TestClock();
  const wrongLogIn = (api: TestApi, i: number, forwardedFor: string) =>
    api.gql(LOG_IN, { login: `inconnu${i}@example.fr`, password: 'Mauvais123' }, { headers: { 'x-forwarded-for': forwardedFor } });

  it('ignores X-Forwarded-For when no proxy is configured: rotating it does not give fresh counters', async () => {
    const api = await startTestApi({ clock, env: { THROTTLE_ADDRESS_FAILURES: '5' } });
    try {
      for (let i = 0; i < 5; i += 1) expect(codeOf(await wrongLogIn(api, i, `198.51.100.${i}`))).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await wrongLogIn(api, 5, '198.51.100.77'))).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await api.stop();
    }
  });

  it('believes the configured proxy, and counts an IPv6 /64 as one address and an IPv4-mapped address as the IPv4 one', async () => {
    const api = await startTestApi({ clock, env: { THROTTLE_ADDRESS_FAILURES: '5', TRUST_PROXY: 'loopback' } });
    try {
      for (let i = 0; i < 5; i += 1) expect(codeOf(await wrongLogIn(api, i, `2001:db8:aa:bb::${i + 1}`))).toBe('INVALID_CREDENTIALS');
      expect(codeOf(await wrongLogIn(api, 5, '2001:db8:aa:bb:ffff:1:2:3'))).toBe('TOO_MANY_ATTEMPTS');
      expect(codeOf(await wrongLogIn(api, 6, '2001:db8:aa:bc::1'))).toBe('INVALID_CREDENTIALS');

      for (let i = 0; i < 5; i += 1) await wrongLogIn(api, 10 + i, '203.0.113.9');
      expect(codeOf(await wrongLogIn(api, 20, '::ffff:203.0.113.9'))).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await api.stop();
    }
  });
});
