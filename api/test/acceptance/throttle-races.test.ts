import { Client } from 'pg';
import { buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildAssessmentCampaign, loggedIn, RECONCILE } from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type GraphQLResponse, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const BY_CODE = `query C($code: String!) { campaignByCode(code: $code) { code } }`;
const CREATE = `mutation C($input: CreateAccountAndReconcileInput!) { createAccountAndReconcile(input: $input) { accessToken } }`;
const CODE = 'VCTRSE234';
const LETTERS = 'ABCDEFGHJKMNPQRSTUVWXYZ';
/** A well-formed code that no campaign has. */
const unknownCode = (i: number) => `ZZZZ${LETTERS[i % 23]}${LETTERS[Math.floor(i / 23) % 23]}234`;
const WINDOW = 900;

const codeOf = (response: GraphQLResponse) => (response.errors ? String(response.errors[0].extensions!.code) : 'OK');
const tally = (responses: GraphQLResponse[]) =>
  responses.map(codeOf).reduce<Record<string, number>>((counts, code) => ({ ...counts, [code]: (counts[code] ?? 0) + 1 }), {});

/**
 * Issue 10, finding 1: a throttle that checks the count, then the secret, then records the failure
 * lets every request of a burst through. Each burst here is sent at once (Promise.all) from one
 * address, with the default limits (10 per account, 50 per address, 15 minutes).
 */
describe('throttles hold against parallel requests', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  const clock = new TestClock();
  const em = () => api.platform.services.orm.em.fork();

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { ACCESS_TOKEN_TTL_SECONDS: '86400' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, name: 'Course', code: CODE });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });
  // Each case starts with fresh windows (they share the address 127.0.0.1).
  beforeEach(() => clock.advance(WINDOW + 1));

  it('checks at most 10 of 40 simultaneous wrong passwords for one account, then refuses the right one until the wait is over', async () => {
    const user = await buildUser(em(), { email: 'cible.course@example.fr' });
    const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => api.gql(LOG_IN, { login: 'cible.course@example.fr', password: `Mauvais${i}Z` })));
    expect(tally(burst)).toEqual({ INVALID_CREDENTIALS: 10, TOO_MANY_ATTEMPTS: 30 });

    const right = await api.gql(LOG_IN, { login: 'Cible.Course@example.fr', password: user.password });
    expect(right.errors![0]).toMatchObject({
      message: 'Trop de tentatives. Veuillez réessayer dans 15 minute(s).',
      extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: WINDOW },
    });
    clock.advance(WINDOW);
    expect((await api.gql(LOG_IN, { login: 'cible.course@example.fr', password: user.password })).errors).toBeUndefined();
  });

  it('never locks a person out with their own successes: each success gives its attempt back', async () => {
    const user = await buildUser(em(), { email: 'fidele@example.fr' });
    const logins: GraphQLResponse[] = [];
    for (let i = 0; i < 25; i += 1) logins.push(await api.gql(LOG_IN, { login: 'fidele@example.fr', password: user.password }));
    expect(tally(logins)).toEqual({ OK: 25 });
    for (let i = 0; i < 9; i += 1) await api.gql(LOG_IN, { login: 'fidele@example.fr', password: 'Oublie1234' });
    expect((await api.gql(LOG_IN, { login: 'fidele@example.fr', password: user.password })).errors).toBeUndefined();
    // The failures stay counted: one more, and the account waits.
    await api.gql(LOG_IN, { login: 'fidele@example.fr', password: 'Oublie1234' });
    expect(codeOf(await api.gql(LOG_IN, { login: 'fidele@example.fr', password: user.password }))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('looks up at most 50 of 120 simultaneous unknown campaign codes from one address, then refuses a good one', async () => {
    const burst = await Promise.all(Array.from({ length: 120 }, (_, i) => api.gql(BY_CODE, { code: unknownCode(i) })));
    expect(tally(burst)).toEqual({ NOT_FOUND: 50, TOO_MANY_ATTEMPTS: 70 });
    expect(codeOf(await api.gql(BY_CODE, { code: CODE }))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('compares at most 50 of 150 simultaneous identities typed without an account, then refuses the right one', async () => {
    await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Inès', lastName: 'Vidal', birthdate: '2010-09-14', division: '2NDE1' });
    const guess = (i: number) =>
      api.gql(CREATE, {
        input: { campaignCode: CODE, firstName: 'Inès', lastName: 'Vidal', birthdate: `2010-${String(1 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, withUsername: true, password: 'MonSecret2026', cgu: true },
      });
    const burst = await Promise.all(Array.from({ length: 150 }, (_, i) => guess(i)));
    expect(tally(burst)).toEqual({ RECONCILIATION_NO_MATCH: 50, TOO_MANY_ATTEMPTS: 100 });
    const right = await api.gql(CREATE, { input: { campaignCode: CODE, firstName: 'Inès', lastName: 'Vidal', birthdate: '2010-09-14', withUsername: true, password: 'MonSecret2026', cgu: true } });
    expect(codeOf(right)).toBe('TOO_MANY_ATTEMPTS');
    expect(Number((await db.query(`select count(*) from users where username like 'ines.vidal%'`)).rows[0].count)).toBe(0);
  });

  it('compares at most 10 of 40 simultaneous identities typed by one logged-in account', async () => {
    const learner = await loggedIn(api, { firstName: 'Curieux', lastName: 'Compte' });
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        api.gql(RECONCILE, { input: { campaignCode: CODE, firstName: 'Inès', lastName: 'Vidal', birthdate: `2011-01-${String(1 + (i % 28)).padStart(2, '0')}` } }, { token: learner.token }),
      ),
    );
    expect(tally(burst)).toEqual({ RECONCILIATION_NO_MATCH: 10, TOO_MANY_ATTEMPTS: 30 });
  });
});
