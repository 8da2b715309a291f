import { gzipSync } from 'node:zlib';
import { startTestApi, type TestApi } from '../helpers/test-api';

// A JSON request to /graphql takes the API's short path to Apollo (json-requests.ts); uploads, compressed
// bodies and other charsets go through Express. Both answer alike, with the platform's headers.
describe('the GraphQL endpoint over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const post = (body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const QUERY = JSON.stringify({ query: '{ competenceFramework { areas { code } } }' });

  it('answers a JSON request with the security headers and a request id', async () => {
    const response = await post(QUERY, { 'content-type': 'application/json; charset=utf-8', 'x-request-id': 'demande-42' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(response.headers.get('x-request-id')).toBe('demande-42');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-sql-statements')).toBe('0');
    const body = (await response.json()) as { data: { competenceFramework: { areas: unknown[] } } };
    expect(body.data.competenceFramework.areas).toHaveLength(5);
  });

  it('answers a gzip-compressed request and one in another charset, through Express', async () => {
    const compressed = await post(new Uint8Array(gzipSync(QUERY)), { 'content-encoding': 'gzip' });
    expect(compressed.status).toBe(200);
    expect(((await compressed.json()) as { data: { competenceFramework: { areas: unknown[] } } }).data.competenceFramework.areas).toHaveLength(5);
    const latin = await post(QUERY, { 'content-type': 'application/json; charset=iso-8859-1' });
    expect(latin.status).toBe(415);
  });

  it('refuses a body that is not JSON, or JSON that is not an operation, in French', async () => {
    for (const body of ['{ "query": ', '"{ errorCodes }"', '42']) {
      const response = await post(body, { 'accept-language': 'fr-FR' });
      expect(response.status).toBe(400);
      const json = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(json.errors[0].message).toMatch(/JSON/);
    }
  });

  it('refuses a body over the limit with 413, whether its length is declared or not', async () => {
    const huge = JSON.stringify({ query: `{ errorCodes } # ${'x'.repeat(200 * 1024)}` });
    const declared = await post(huge);
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(huge));
        controller.close();
      },
    });
    const streamed = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    // The endpoint still serves.
    expect((await post(QUERY)).status).toBe(200);
  });

  it('sets and reads the refresh cookie on this path too (log-in, then a new access token from the cookie)', async () => {
    const email = `cookie.${Date.now()}@example.net`;
    const password = 'Pix-libre-2026!';
    const signUp = await api.gql('mutation S($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { firstName: 'Zoé', lastName: 'Cookie', email, password, cgu: true },
    });
    expect(signUp.errors).toBeUndefined();
    const logIn = await post(JSON.stringify({ query: 'mutation L($i: LogInInput!) { logIn(input: $i) { accessToken } }', variables: { i: { login: email, password } } }));
    const cookie = logIn.headers.get('set-cookie');
    expect(cookie).toMatch(/HttpOnly/i);
    const refreshed = await post(JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }), { cookie: cookie!.split(';')[0] });
    const body = (await refreshed.json()) as { data?: { refreshSession: { accessToken: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.refreshSession.accessToken).toEqual(expect.any(String));
  });
});
