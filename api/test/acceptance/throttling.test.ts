import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';
import { buildUser } from '../../src/seeds/database-builder';

const LOG_IN = `mutation LogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }`;

describe('throttling failed log-ins', () => {
  let api: TestApi;
  const clock = new TestClock();

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { THROTTLE_ACCOUNT_FAILURES: '5', THROTTLE_ADDRESS_FAILURES: '8', THROTTLE_WINDOW_SECONDS: '600' } });
  });
  afterAll(() => api.stop());

  it('blocks an account after repeated failures, says how long to wait, then lets it in again', async () => {
    const user = await buildUser(api.platform.services.orm.em.fork(), { email: 'cible@example.fr' });
    for (let i = 0; i < 5; i += 1) {
      const failure = await api.gql(LOG_IN, { input: { login: 'cible@example.fr', password: `Mauvais${i}A` } });
      expect(failure.errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await api.gql(LOG_IN, { input: { login: 'cible@example.fr', password: user.password } });
    expect(blocked.errors![0]).toMatchObject({
      message: 'Trop de tentatives. Veuillez réessayer dans 10 minute(s).',
      extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 600 },
    });
    clock.advance(601);
    const allowed = await api.gql(LOG_IN, { input: { login: 'cible@example.fr', password: user.password } });
    expect(allowed.errors).toBeUndefined();
  });

  it('blocks an address that tries many accounts', async () => {
    clock.advance(3600);
    for (let i = 0; i < 8; i += 1) await api.gql(LOG_IN, { input: { login: `inconnu${i}@example.fr`, password: 'Mauvais1' } });
    const blocked = await api.gql(LOG_IN, { input: { login: 'quelquun@example.fr', password: 'Mauvais1' } });
    expect(blocked.errors![0].extensions!.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
