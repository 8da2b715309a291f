import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startPlatform, type Platform } from '../../src/platform';
import { buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type GraphQLResponse, type TestApi } from '../helpers/test-api';
import { emailsDelivered } from '../helpers/outbox';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const REFRESH = `mutation { refreshSession { accessToken } }`;
const LOG_OUT = `mutation { logOut }`;
const ME = `{ me { id firstName } }`;
const USERS = `{ users(first: 1) { totalCount } }`;
const REQUEST = `mutation Q($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation S($t: String!, $p: String!) { resetPassword(input: { token: $t, password: $p }) }`;
const ADMIN_RESET = `mutation R($o: ID!, $l: ID!) { resetLearnerPassword(organizationId: $o, learnerId: $l) { temporaryPassword } }`;

interface Device {
  accessToken: string;
  /** The refresh cookie, as a browser keeps it. */
  cookie: string;
}

/**
 * An access token lives 15 minutes, but a log-out, a password change or a change of platform role
 * ends it at once: each request compares the token's session version with the account's.
 */
describe('log-out, password and role changes end access tokens at once', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  const em = () => api.platform.services.orm.em.fork();
  const code = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code ?? 'ok';

  const logIn = async (login: string, password: string): Promise<Device> => {
    const response = await api.gql(LOG_IN, { login, password });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return { accessToken: response.data.logIn.accessToken, cookie: response.headers.get('set-cookie')!.split(';')[0] };
  };
  const refresh = (device: Device) => api.gql(REFRESH, {}, { headers: { cookie: device.cookie } });
  /**
   * The outcome once the change is known: a node hears of a change it did not write by PostgreSQL's
   * NOTIFY, sent at commit (a few milliseconds); allowed one second here, on a loaded machine.
   */
  const eventually = async (send: () => Promise<GraphQLResponse>): Promise<string> => {
    const deadline = Date.now() + 1000;
    let outcome = code(await send());
    while (outcome === 'ok' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      outcome = code(await send());
    }
    return outcome;
  };

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

  it("ends this device's session at log-out; another device renews its access token", async () => {
    const user = await buildUser(em(), { firstName: 'Camille' });
    const laptop = await logIn(user.email!, user.password);
    const phone = await logIn(user.email!, user.password);
    expect(code(await api.gql(ME, {}, { token: laptop.accessToken }))).toBe('ok');

    const out = await api.gql(LOG_OUT, {}, { token: laptop.accessToken, headers: { cookie: laptop.cookie } });
    expect(out.data!.logOut).toBe(true);
    expect(code(await api.gql(ME, {}, { token: laptop.accessToken }))).toBe('UNAUTHENTICATED');
    expect(code(await refresh(laptop))).toBe('INVALID_TOKEN');
    // The phone's access token must be renewed (the apps do it on UNAUTHENTICATED), its session goes on.
    expect(code(await api.gql(ME, {}, { token: phone.accessToken }))).toBe('UNAUTHENTICATED');
    const renewed = await refresh(phone);
    expect(code(await api.gql(ME, {}, { token: renewed.data!.refreshSession.accessToken }))).toBe('ok');
  });

  it('ends every session of the account at once when its password is reset', async () => {
    const user = await buildUser(em(), { firstName: 'Inès', email: 'ines.session@example.fr', password: 'Ancien2026' });
    const device = await logIn(user.email!, user.password);
    await api.gql(REQUEST, { email: user.email });
    await emailsDelivered(db);
    const { rows } = await db.query(`select text from outbox_emails where recipient = $1 order by id desc limit 1`, [user.email]);
    expect(code(await api.gql(RESET, { t: /token=([\w-]+)/.exec(rows[0].text)![1], p: 'Nouveau2026' }))).toBe('ok');
    expect(code(await api.gql(ME, {}, { token: device.accessToken }))).toBe('UNAUTHENTICATED');
    expect(code(await refresh(device))).toBe('INVALID_TOKEN');
  });

  it("ends a pupil's sessions at once when an administrator gives a new temporary password", async () => {
    const pupil = await buildUser(em(), { firstName: 'Nina', email: null, username: 'nina.session0303', password: 'Choisi2026' });
    const learnerId = await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Nina', lastName: 'ROUX', birthdate: '2010-03-03', division: '2NDE1', userId: pupil.id });
    const device = await logIn('nina.session0303', 'Choisi2026');
    expect(code(await api.gql(ADMIN_RESET, { o: String(schools.lyceeId), l: String(learnerId) }, { token: schools.people.admin.token }))).toBe('ok');
    expect(code(await api.gql(ME, {}, { token: device.accessToken }))).toBe('UNAUTHENTICATED');
    expect(code(await refresh(device))).toBe('INVALID_TOKEN');
  });

  it('ends the access tokens when the platform role changes, whoever writes it: the renewed one carries the new role', async () => {
    const staff = await buildUser(em(), { firstName: 'Thomas', platformRole: 'SUPPORT' });
    const device = await logIn(staff.email!, staff.password);
    expect(code(await api.gql(USERS, {}, { token: device.accessToken }))).toBe('ok');
    // Written by hand, outside the API: the node hears of it from the database's announcement.
    await db.query(`update users set platform_role = null where id = $1`, [staff.id]);
    expect(await eventually(() => api.gql(USERS, {}, { token: device.accessToken }))).toBe('UNAUTHENTICATED');
    const renewed = await refresh(device);
    expect(code(await api.gql(USERS, {}, { token: renewed.data!.refreshSession.accessToken }))).toBe('FORBIDDEN');
  });

  it('costs no SQL statement per request once the account is known to the API node', async () => {
    const user = await buildUser(em(), { firstName: 'Léa' });
    const device = await logIn(user.email!, user.password);
    const me = await api.gql(ME, {}, { token: device.accessToken });
    expect(me.data!.me.firstName).toBe('Léa');
    // The account read of `me` itself, nothing for the session.
    expect(Number(me.headers.get('x-sql-statements'))).toBe(1);
  });

  describe('with a second API node on the same database', () => {
    let other: Platform;
    const onOther = (token: string) =>
      fetch(`${other.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
      }).then(async (r) => ({ status: r.status, headers: r.headers, ...((await r.json()) as object) }) as GraphQLResponse);

    beforeAll(async () => {
      other = await startPlatform({
        env: {
          NODE_ENV: 'test',
          DATABASE_URL: api.databaseUrl,
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'pix-libre-api-')),
          DEMO_DATA: 'false',
          ACCESS_TOKEN_SECRET: 'secret-de-test-uniquement',
          LOG_LEVEL: 'fatal',
          DATABASE_POOL_MAX: '3',
        },
        skipContentImport: true,
      });
    });
    afterAll(() => other.stop());

    it('refuses there too, within moments, a token of a session ended on the first node', async () => {
      const user = await buildUser(em(), { firstName: 'Hugo' });
      const device = await logIn(user.email!, user.password);
      const first = await onOther(device.accessToken);
      expect(code(first)).toBe('ok');
      // The first request taught the second node the account's session version: later ones read nothing.
      expect(Number(first.headers.get('x-sql-statements'))).toBe(2);
      expect(Number((await onOther(device.accessToken)).headers.get('x-sql-statements'))).toBe(1);

      await api.gql(LOG_OUT, {}, { headers: { cookie: device.cookie } });
      expect(await eventually(() => onOther(device.accessToken))).toBe('UNAUTHENTICATED');
    });
  });
});
