import { refreshTokenOf, startTestApi, TestClock, type TestApi } from '../helpers/test-api';
import { buildUser } from '../../src/seeds/database-builder';
import { Client } from 'pg';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { accessToken user { id firstName lastName email } }
}`;
const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { accessToken user { id firstName } } }`;
const REFRESH = `mutation Refresh($token: String) { refreshSession(refreshToken: $token) { accessToken } }`;
const ME = `{ me { id firstName email profile { pixScore competences { competence { code } level pixScore } } } }`;

const newcomer = (email = 'eloise.darcy@example.fr') => ({
  firstName: 'Éloïse',
  lastName: "D'Arcy",
  email,
  password: 'Motdepasse1',
  cgu: true,
});

describe('accounts over HTTP', () => {
  let api: TestApi;
  const clock = new TestClock();
  let db: Client;

  beforeAll(async () => {
    api = await startTestApi({ clock });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  /** Logs in as a browser does: the access token from the body, the refresh token from the cookie. */
  const logIn = async () => {
    const response = await api.gql(LOG_IN, { input: { login: 'eloise.darcy@example.fr', password: 'Motdepasse1' } });
    return { accessToken: response.data!.logIn.accessToken as string, refreshToken: refreshTokenOf(response) };
  };
  const refresh = async (token: string) => {
    const response = await api.gql(REFRESH, { token });
    return { response, refreshToken: response.errors ? null : refreshTokenOf(response) };
  };

  const userCount = async () => Number((await db.query('select count(*) from users')).rows[0].count);

  it('signs up a learner who lands on an empty profile of 16 competences', async () => {
    const signUp = await api.gql(SIGN_UP, { input: newcomer() });
    expect(signUp.errors).toBeUndefined();
    expect(signUp.data!.signUp.user).toMatchObject({ firstName: 'Éloïse', email: 'eloise.darcy@example.fr' });
    expect(signUp.headers.get('set-cookie')).toMatch(/refresh_token=.+HttpOnly; SameSite=Strict/);
    const me = await api.gql(ME, {}, { token: signUp.data!.signUp.accessToken });
    expect(me.data!.me.profile.pixScore).toBe(0);
    expect(me.data!.me.profile.competences).toHaveLength(16);
    expect(me.data!.me.profile.competences.every((c: { level: number }) => c.level === 0)).toBe(true);
  });

  it.each([
    ['an empty e-mail', { email: '' }, 'email', 'Ce champ est obligatoire.'],
    ['a malformed e-mail', { email: 'eloise@@example' }, 'email', "L'adresse e-mail n'est pas valide"],
    ['a weak password', { password: 'motdepasse' }, 'password', 'au moins 8 caractères, dont une majuscule'],
    ['terms not accepted', { cgu: false }, 'cgu', "accepter les conditions d'utilisation"],
    ['a first name of 300 characters', { firstName: 'É'.repeat(300) }, 'firstName', 'ne peut pas dépasser 255 caractères'],
  ])('refuses %s in French, naming the field, and writes nothing', async (_label, change, field, message) => {
    const before = await userCount();
    const response = await api.gql(SIGN_UP, { input: { ...newcomer('autre@example.fr'), ...change } });
    expect(response.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors![0].message).toContain(message);
    expect(await userCount()).toBe(before);
  });

  it('refuses an e-mail already used, whatever its case', async () => {
    const response = await api.gql(SIGN_UP, { input: newcomer('ELOISE.DARCY@example.fr') });
    expect(response.errors![0].extensions).toMatchObject({ code: 'EMAIL_ALREADY_USED', field: 'email' });
  });

  it('refuses a 1 MB first name before reading it', async () => {
    const before = await userCount();
    const response = await api.gql(SIGN_UP, { input: { ...newcomer('gros@example.fr'), firstName: 'a'.repeat(1024 * 1024) } });
    expect(response.status).toBe(413);
    expect(response.errors![0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(response.errors![0].message).toContain('trop volumineuse');
    expect(await userCount()).toBe(before);
  });

  it('logs in by e-mail or by username', async () => {
    await buildUser(api.platform.services.orm.em.fork(), { email: null, username: 'eloise.darcy0503', password: 'Secret2026' });
    const byEmail = await api.gql(LOG_IN, { input: { login: ' Eloise.Darcy@example.fr ', password: 'Motdepasse1' } });
    expect(byEmail.data!.logIn.user.firstName).toBe('Éloïse');
    const byUsername = await api.gql(LOG_IN, { input: { login: 'eloise.darcy0503', password: 'Secret2026' } });
    expect(byUsername.errors).toBeUndefined();
  });

  it('says a wrong password in French without telling whether the account exists', async () => {
    const wrongPassword = await api.gql(LOG_IN, { input: { login: 'eloise.darcy@example.fr', password: 'Mauvais123' } });
    const noAccount = await api.gql(LOG_IN, { input: { login: 'personne@example.fr', password: 'Mauvais123' } });
    expect(wrongPassword.errors![0]).toMatchObject({
      message: "L'adresse e-mail ou l'identifiant et/ou le mot de passe saisis sont incorrects.",
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    expect(noAccount.errors![0]).toEqual(wrongPassword.errors![0]);
    const english = await api.gql(LOG_IN, { input: { login: 'personne@example.fr', password: 'x' } }, { headers: { 'accept-language': 'en' } });
    expect(english.errors![0].message).toBe('The e-mail address or username and/or the password are incorrect.');
  });

  it('rotates refresh tokens and revokes the family when an old one comes back', async () => {
    const first = (await logIn()).refreshToken;
    const second = await refresh(first);
    expect(second.refreshToken).not.toBe(first);
    clock.advance(60);
    const replay = await api.gql(REFRESH, { token: first });
    expect(replay.errors![0].extensions!.code).toBe('INVALID_TOKEN');
    const afterTheft = await api.gql(REFRESH, { token: second.refreshToken });
    expect(afterTheft.errors![0].extensions!.code).toBe('INVALID_TOKEN');
  });

  it('lets two tabs refresh with the same cookie at the same moment', async () => {
    const login = await logIn();
    const [tabA, tabB] = await Promise.all([refresh(login.refreshToken), refresh(login.refreshToken)]);
    expect(tabA.response.errors).toBeUndefined();
    expect(tabB.response.errors).toBeUndefined();
    expect(tabA.refreshToken).not.toBe(tabB.refreshToken);
  });

  it('refuses a refresh token of a session ended by log-out, even a moment later', async () => {
    const login = await logIn();
    const rotated = await refresh(login.refreshToken);
    await api.gql(`mutation Out($t: String) { logOut(refreshToken: $t) }`, { t: rotated.refreshToken });
    expect((await api.gql(REFRESH, { token: login.refreshToken })).errors![0].extensions!.code).toBe('INVALID_TOKEN');
    expect((await api.gql(REFRESH, { token: rotated.refreshToken })).errors![0].extensions!.code).toBe('INVALID_TOKEN');
  });

  it('refuses an expired access token, which a refresh renews', async () => {
    const login = await logIn();
    clock.advance(16 * 60);
    const expired = await api.gql(ME, {}, { token: login.accessToken });
    expect(expired.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const renewed = (await refresh(login.refreshToken)).response.data!.refreshSession;
    const me = await api.gql(ME, {}, { token: renewed.accessToken });
    expect(me.data!.me.firstName).toBe('Éloïse');
  });

  it('keeps the refresh token out of every response body: the httpOnly cookie carries it', async () => {
    const login = await api.gql(`mutation L($input: LogInInput!) { logIn(input: $input) { accessToken accessTokenExpiresAt user { id } } }`, {
      input: { login: 'eloise.darcy@example.fr', password: 'Motdepasse1' },
    });
    const refreshed = await api.gql(`mutation R($t: String) { refreshSession(refreshToken: $t) { accessToken } }`, { t: refreshTokenOf(login) });
    for (const response of [login, refreshed]) {
      expect(JSON.stringify(response.data)).not.toContain(refreshTokenOf(response));
      expect(response.headers.get('set-cookie')).toMatch(/refresh_token=.+HttpOnly; SameSite=Strict/);
    }
    const asked = await api.gql(`mutation L($input: LogInInput!) { logIn(input: $input) { refreshToken } }`, {
      input: { login: 'eloise.darcy@example.fr', password: 'Motdepasse1' },
    });
    expect(asked.errors![0].message).toContain('Cannot query field "refreshToken" on type "AuthPayload"');
  });

  it('refreshes from the httpOnly cookie, as a browser does after a reload', async () => {
    const login = await api.gql(LOG_IN, { input: { login: 'eloise.darcy@example.fr', password: 'Motdepasse1' } });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const refreshed = await api.gql(REFRESH, {}, { headers: { cookie } });
    expect(refreshed.data!.refreshSession.accessToken).toEqual(expect.any(String));
  });

  it('ends the session at log-out', async () => {
    const login = await logIn();
    const out = await api.gql(`mutation Out($t: String) { logOut(refreshToken: $t) }`, { t: login.refreshToken });
    expect(out.data!.logOut).toBe(true);
    expect(out.headers.get('set-cookie')).toMatch(/refresh_token=;/);
    const refused = await api.gql(REFRESH, { token: login.refreshToken });
    expect(refused.errors![0].extensions!.code).toBe('INVALID_TOKEN');
  });
});
