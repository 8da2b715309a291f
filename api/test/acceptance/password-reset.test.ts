import { Client } from 'pg';
import { refreshTokenOf, startTestApi, TestClock, type TestApi } from '../helpers/test-api';
import { buildUser } from '../../src/seeds/database-builder';
import { emailsDelivered } from '../helpers/outbox';

const REQUEST = `mutation R($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation S($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const LOG_IN = `mutation L($input: LogInInput!) { logIn(input: $input) { accessToken } }`;

describe('resetting a forgotten password', () => {
  let api: TestApi;
  let db: Client;
  const clock = new TestClock();

  beforeAll(async () => {
    api = await startTestApi({ clock });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    await buildUser(api.platform.services.orm.em.fork(), { firstName: 'Inès', email: 'ines@example.fr', password: 'Ancien2026' });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  const lastLink = async () => {
    await emailsDelivered(db);
    const { rows } = await db.query(`select recipient, subject, text from outbox_emails order by id desc limit 1`);
    const token = /token=([\w-]+)/.exec(rows[0]?.text ?? '')?.[1];
    return { ...rows[0], token };
  };

  it('sends a single-use link to the outbox, which sets a new password and ends old sessions', async () => {
    const session = { refreshToken: refreshTokenOf(await api.gql(LOG_IN, { input: { login: 'ines@example.fr', password: 'Ancien2026' } })) };
    expect((await api.gql(REQUEST, { email: 'INES@example.fr' })).data!.requestPasswordReset).toBe(true);
    const mail = await lastLink();
    expect(mail).toMatchObject({ recipient: 'ines@example.fr', subject: 'Réinitialisation de votre mot de passe' });
    expect(mail.text).toContain('Bonjour Inès');
    expect(mail.text).toContain('/changer-mot-de-passe?token=');

    const reset = await api.gql(RESET, { input: { token: mail.token, password: 'Nouveau2026' } });
    expect(reset.data!.resetPassword).toBe(true);
    expect((await api.gql(LOG_IN, { input: { login: 'ines@example.fr', password: 'Nouveau2026' } })).errors).toBeUndefined();
    expect((await api.gql(LOG_IN, { input: { login: 'ines@example.fr', password: 'Ancien2026' } })).errors![0].extensions!.code).toBe(
      'INVALID_CREDENTIALS',
    );
    const oldSession = await api.gql(`mutation { refreshSession(refreshToken: "${session.refreshToken}") { accessToken } }`);
    expect(oldSession.errors![0].extensions!.code).toBe('INVALID_TOKEN');

    const again = await api.gql(RESET, { input: { token: mail.token, password: 'Encore2026' } });
    expect(again.errors![0]).toMatchObject({ extensions: { code: 'INVALID_TOKEN' } });
    expect(again.errors![0].message).toContain('invalide ou a expiré');
  });

  it('refuses a link past its expiry', async () => {
    await api.gql(REQUEST, { email: 'ines@example.fr' });
    const { token } = await lastLink();
    clock.advance(61 * 60);
    const late = await api.gql(RESET, { input: { token, password: 'Tardif2026' } });
    expect(late.errors![0].extensions!.code).toBe('INVALID_TOKEN');
  });

  it('answers the same for an unknown address, and sends nothing', async () => {
    const before = (await db.query('select count(*) from outbox_emails')).rows[0].count;
    expect((await api.gql(REQUEST, { email: 'inconnu@example.fr' })).data!.requestPasswordReset).toBe(true);
    await emailsDelivered(db);
    expect((await db.query('select count(*) from outbox_emails')).rows[0].count).toBe(before);
  });

  it('refuses a weak new password and keeps the token usable', async () => {
    await api.gql(REQUEST, { email: 'ines@example.fr' });
    const { token } = await lastLink();
    const weak = await api.gql(RESET, { input: { token, password: 'faible' } });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await api.gql(RESET, { input: { token, password: 'Solide2026' } })).data!.resetPassword).toBe(true);
  });

  it('lists the outbox on a development page with clickable links', async () => {
    const html = await (await fetch(`${api.url}/dev/outbox`)).text();
    expect(html).toContain('Réinitialisation de votre mot de passe');
    expect(html).toMatch(/<a href="http:\/\/localhost:\d+\/changer-mot-de-passe\?token=/);
  });
});
