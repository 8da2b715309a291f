import { Writable } from 'node:stream';
import { buildKnowledgeElements, buildUser, skillsUpToLevel } from '../../src/seeds/database-builder';
import { refreshTokenOf, startTestApi, type TestApi } from '../helpers/test-api';

const DASHBOARD = `{ me { id firstName profile { pixScore maxPixScore competences {
  competence { id code name area { id code name color } } level pixScore pixToNextLevel } } } }`;

describe('the dashboard query', () => {
  let api: TestApi;
  const logs: string[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      env: { LOG_LEVEL: 'debug' },
      logDestination: new Writable({
        write(chunk, _encoding, callback) {
          logs.push(String(chunk));
          callback();
        },
      }),
    });
  });
  afterAll(() => api.stop());

  it('shows the level and pix of each positioned competence, in a constant number of SQL statements', async () => {
    const em = api.platform.services.orm.em.fork();
    const content = api.platform.services.content.get();
    const learner = await buildUser(em, { firstName: 'Hugo' });
    const login = (await api.gql(`mutation { logIn(input: { login: "${learner.email}", password: "${learner.password}" }) { accessToken } }`)).data!
      .logIn;
    const empty = await api.gql(DASHBOARD, {}, { token: login.accessToken });
    await buildKnowledgeElements(em, content, [
      ...skillsUpToLevel(content, '1.1', 3).map((skillId) => ({ userId: learner.id, skillId })),
      ...skillsUpToLevel(content, '4.2', 6).map((skillId) => ({ userId: learner.id, skillId })),
    ]);
    const filled = await api.gql(DASHBOARD, {}, { token: login.accessToken });
    const byCode = Object.fromEntries(filled.data!.me.profile.competences.map((c: any) => [c.competence.code, c]));
    expect(byCode['1.1']).toMatchObject({ level: 3, pixScore: 24, pixToNextLevel: 8 });
    expect(byCode['4.2']).toMatchObject({ level: 6, pixScore: 48, pixToNextLevel: 0 });
    expect(byCode['2.1']).toMatchObject({ level: 0, pixScore: 0 });
    expect(filled.data!.me.profile.pixScore).toBe(72);
    expect(filled.data!.me.profile.maxPixScore).toBe(768);
    expect(byCode['1.1'].competence.area).toMatchObject({ code: '1', name: 'Information et données' });
    const statements = Number(filled.headers.get('x-sql-statements'));
    expect(statements).toBeLessThanOrEqual(3);
    expect(Number(empty.headers.get('x-sql-statements'))).toBe(statements);
  });

  it('speaks English on request', async () => {
    const response = await api.gql('{ competence(id: "1.1") { name area { name } } }', {}, { headers: { 'accept-language': 'en' } });
    expect(response.data!.competence.area.name).toBe('Information and data literacy');
  });

  it('links each area to its competences and each competence to its area, in the language asked for', async () => {
    const query = '{ competenceFramework { areas { code name competences { code area { code name } } } } }';
    for (const [language, firstArea] of [['fr', 'Information et données'], ['en', 'Information and data literacy'], ['fr', 'Information et données']]) {
      const areas = (await api.gql(query, {}, { headers: { 'accept-language': language } })).data!.competenceFramework.areas;
      expect(areas.map((a: { code: string }) => a.code)).toEqual(['1', '2', '3', '4', '5']);
      expect(areas[0].name).toBe(firstArea);
      expect(areas.flatMap((a: { competences: unknown[] }) => a.competences)).toHaveLength(16);
      for (const area of areas) for (const competence of area.competences) expect(competence.area).toEqual({ code: area.code, name: area.name });
    }
  });

  it('never writes a password or a refresh token into the logs', async () => {
    const password = 'TresSecret2026';
    const signUp = await api.gql(
      `mutation S($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      { input: { firstName: 'Léa', lastName: 'Secret', email: 'lea.secret@example.fr', password, cgu: true } },
    );
    await api.gql(`mutation { logIn(input: { login: "lea.secret@example.fr", password: "Faux${password}" }) { accessToken } }`);
    const refreshToken = refreshTokenOf(signUp);
    await api.gql(`mutation R($refreshToken: String) { refreshSession(refreshToken: $refreshToken) { accessToken } }`, { refreshToken });
    expect(logs.length).toBeGreaterThan(0);
    const all = logs.join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain(refreshToken);
  });
});
