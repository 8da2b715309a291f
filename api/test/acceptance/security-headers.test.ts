import { startTestApi, type TestApi } from '../helpers/test-api';

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Record<string, string> {
  return Object.fromEntries(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(' ')[0], part.slice(part.indexOf(' ') + 1)]),
  );
}

describe('security headers on every answer (http://localhost)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.stop());

  const pages = ['/', '/campagnes/RENTRE226', '/orga/', '/certif/', '/admin/', '/healthz', '/dev/outbox', '/contenus/grille-tableur-c4.svg'];

  it.each(pages)('%s has a Content-Security-Policy that only trusts the platform, and the other headers', async (path) => {
    const response = await fetch(`${api.url}${path}`);
    expect(response.status).toBe(200);
    expect(directives(response.headers.get('content-security-policy'))).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-src': `${api.url}/contenus/`,
      'base-uri': "'self'",
      'form-action': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    // Over plain HTTP, HSTS would mean nothing (and would pin a development machine to HTTPS).
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('a simulator page runs sandboxed, loads nothing from outside and is framed by our pages only', async () => {
    const response = await fetch(`${api.url}/contenus/simulateurs/webmail.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(directives(response.headers.get('content-security-policy'))).toEqual({
      'default-src': "'none'",
      'script-src': "'unsafe-inline'",
      'style-src': "'unsafe-inline'",
      'img-src': 'data:',
      'font-src': 'data:',
      'form-action': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'self'",
      sandbox: 'allow-scripts',
    });
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('GraphQL answers and refusals carry them too', async () => {
    const ok = await api.gql('{ errorCodes }');
    expect(ok.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    const refused = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/', '/orga/', '/certif/', '/admin/', '/dev/outbox'])('%s has no inline script, which the policy would block', async (path) => {
    const html = await (await fetch(`${api.url}${path}`)).text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/[^"]+"/);
    expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });
});

describe('security headers behind HTTPS (PUBLIC_URL=https://…)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { PUBLIC_URL: 'https://pix-libre.example.fr' } });
  });
  afterAll(() => api.stop());

  it('asks browsers to come back over HTTPS only, and to upgrade any http:// resource', async () => {
    const response = await fetch(`${api.url}/`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(directives(response.headers.get('content-security-policy'))).toHaveProperty('upgrade-insecure-requests');
    // Simulators are framed from the public address, whatever host the proxy asked for.
    expect(directives(response.headers.get('content-security-policy'))['frame-src']).toBe('https://pix-libre.example.fr/contenus/');
  });
});
