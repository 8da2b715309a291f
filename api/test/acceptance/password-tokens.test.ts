import { Client } from 'pg';
import { buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';
import { emailsDelivered } from '../helpers/outbox';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const CHANGE = `mutation C($t: String!, $p: String!) { changeExpiredPassword(input: { passwordChangeToken: $t, newPassword: $p }) { accessToken } }`;
const REQUEST = `mutation Q($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation S($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;
const ADMIN_RESET = `mutation R($o: ID!, $l: ID!) { resetLearnerPassword(organizationId: $o, learnerId: $l) { username temporaryPassword } }`;

/**
 * A token sent to choose a password does one thing (a reset link resets a forgotten password, the
 * form after a temporary password replaces that one), and a password change, whatever the path,
 * ends every token issued before it.
 */
describe('password tokens: one purpose each, all ended by a password change', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  const em = () => api.platform.services.orm.em.fork();

  const changeToken = async (login: string, password: string): Promise<string> => {
    const response = await api.gql(LOG_IN, { login, password });
    expect(response.errors![0].extensions!.code).toBe('PASSWORD_CHANGE_REQUIRED');
    return response.errors![0].extensions!.passwordChangeToken as string;
  };
  const resetLink = async (email: string): Promise<string> => {
    await api.gql(REQUEST, { email });
    await emailsDelivered(db);
    const { rows } = await db.query(`select text from outbox_emails where recipient = $1 order by id desc limit 1`, [email]);
    return /token=([\w-]+)/.exec(rows[0].text)![1];
  };
  const code = (response: { errors?: { extensions?: Record<string, any> }[] }) => response.errors?.[0]?.extensions?.code ?? 'ok';

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('refuses a temporary-password form token as a reset link, before and after the pupil used another one', async () => {
    await buildUser(em(), { firstName: 'Léo', email: null, username: 'leo.blanc0101', password: 'Provisoire1', mustChangePassword: true });
    const first = await changeToken('leo.blanc0101', 'Provisoire1');
    const second = await changeToken('leo.blanc0101', 'Provisoire1');
    expect(code(await api.gql(RESET, { t: first, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    expect(code(await api.gql(CHANGE, { t: second, p: 'Choisi2026' }))).toBe('ok');
    expect(code(await api.gql(RESET, { t: first, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    expect(code(await api.gql(CHANGE, { t: first, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    expect(code(await api.gql(LOG_IN, { login: 'leo.blanc0101', password: 'Choisi2026' }))).toBe('ok');
    expect(code(await api.gql(LOG_IN, { login: 'leo.blanc0101', password: 'Pirate2026' }))).toBe('INVALID_CREDENTIALS');
  });

  it('ends the other reset links once one of them is used', async () => {
    await buildUser(em(), { firstName: 'Inès', email: 'ines@example.fr', password: 'Ancien2026' });
    const older = await resetLink('ines@example.fr');
    const newer = await resetLink('ines@example.fr');
    expect(code(await api.gql(RESET, { t: newer, p: 'Nouveau2026' }))).toBe('ok');
    expect(code(await api.gql(RESET, { t: older, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    expect(code(await api.gql(LOG_IN, { login: 'ines@example.fr', password: 'Nouveau2026' }))).toBe('ok');
  });

  it('refuses a reset link in the temporary-password form, and ends it once the temporary password is replaced', async () => {
    await buildUser(em(), { firstName: 'Sarah', email: 'sarah@example.fr', password: 'Provisoire2', mustChangePassword: true });
    const link = await resetLink('sarah@example.fr');
    expect(code(await api.gql(CHANGE, { t: link, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    const form = await changeToken('sarah@example.fr', 'Provisoire2');
    expect(code(await api.gql(CHANGE, { t: form, p: 'Choisi2026' }))).toBe('ok');
    expect(code(await api.gql(RESET, { t: link, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    expect(code(await api.gql(LOG_IN, { login: 'sarah@example.fr', password: 'Choisi2026' }))).toBe('ok');
  });

  it("ends a pupil's pending temporary-password form when an administrator gives a new temporary password", async () => {
    const pupil = await buildUser(em(), { firstName: 'Nina', email: null, username: 'nina.roux0303', password: 'Provisoire3', mustChangePassword: true });
    const learnerId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Nina', lastName: 'ROUX', birthdate: '2010-03-03', division: '2NDE1', userId: pupil.id });
    const pending = await changeToken('nina.roux0303', 'Provisoire3');
    const reset = await api.gql(ADMIN_RESET, { o: String(schools.lyceeId), l: String(learnerId) }, { token: schools.people.admin.token });
    expect(reset.errors).toBeUndefined();
    expect(code(await api.gql(CHANGE, { t: pending, p: 'Pirate2026' }))).toBe('INVALID_TOKEN');
    expect(code(await api.gql(LOG_IN, { login: 'nina.roux0303', password: reset.data!.resetLearnerPassword.temporaryPassword }))).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
