import { startTestApi, type TestApi } from '../helpers/test-api';

describe('what the GraphQL endpoint refuses, with a code, while staying responsive', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const stillServes = async () => {
    const response = await api.gql('{ competenceFramework { areas { code } } }');
    expect(response.data!.competenceFramework.areas).toHaveLength(5);
  };

  it('refuses a query nested 50 levels deep', async () => {
    let selection = 'code';
    for (let i = 0; i < 25; i += 1) selection = `competences { area { ${selection} } }`;
    const response = await api.gql(`{ competenceFramework { areas { ${selection} } } }`);
    expect(response.errors![0].extensions!.code).toBe('QUERY_TOO_DEEP');
    expect(response.errors![0].message).toBe('La requête est trop imbriquée (profondeur maximale : 12).');
    await stillServes();
  });

  it('refuses a query with 500 aliases', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: errorCodes`).join(' ');
    const response = await api.gql(`{ ${aliases} }`);
    expect(response.errors![0].extensions!.code).toBe('TOO_MANY_ALIASES');
    expect(response.errors![0].message).toContain('trop d’alias (500 pour un maximum de 30)');
    await stillServes();
  });

  it('refuses a batch of 100 operations and accepts a small one', async () => {
    const post = (body: unknown) =>
      fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const big = await post(Array.from({ length: 100 }, () => ({ query: '{ errorCodes }' })));
    expect(big.status).toBe(400);
    const body = (await big.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toEqual({
      message: 'Trop d’opérations dans un même envoi (100 pour un maximum de 10).',
      extensions: { code: 'BATCH_TOO_LARGE' },
    });
    const small = await post([{ query: '{ errorCodes }' }, { query: '{ competenceFramework { version } }' }]);
    expect(((await small.json()) as unknown[]).length).toBe(2);
    await stillServes();
  });

  it('refuses a query whose complexity is too high even within the depth limit', async () => {
    const wide = Array.from({ length: 29 }, (_, i) => `f${i}: competenceFramework { areas { competences { area { competences { area { code name color } } } } } }`).join(' ');
    const response = await api.gql(`{ ${wide} }`);
    expect(response.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('answers a malformed query with a French message and a code', async () => {
    const response = await api.gql('{ competenceFramework { inconnu } }');
    expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors![0].message).toMatch(/^La requête GraphQL est invalide/);
  });

  it('reports health', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', contentVersion: expect.any(String) });
  });
});
