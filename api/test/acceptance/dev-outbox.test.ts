import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { loadConfig } from '../../src/config';
import { buildUser } from '../../src/seeds/database-builder';
import { Client } from 'pg';
import { emailsDelivered } from '../helpers/outbox';
import { startTestApi, TEST_CREDENTIAL_SIGNING_KEY, type TestApi } from '../helpers/test-api';

/** A GET from a chosen local address (the whole 127.0.0.0/8 is this machine's loopback). */
function get(url: string, options: { localAddress?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { localAddress: options.localAddress, headers: options.headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    });
    request.on('error', reject);
  });
}

describe('the development outbox, which holds password-reset links', () => {
  let api: TestApi;
  beforeAll(async () => {
    // NODE_ENV=development without HOST, as `npm start` runs on a developer's machine (an empty HOST counts as unset).
    api = await startTestApi({ env: { NODE_ENV: 'development', HOST: '' } });
    const user = await buildUser(api.platform.services.orm.em.fork(), { firstName: 'Inès', email: 'ines@example.fr' });
    const sent = await api.gql('mutation R($email: String!) { requestPasswordReset(email: $email) }', { email: user.email });
    expect(sent.data!.requestPasswordReset).toBe(true);
    const db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    try {
      await emailsDelivered(db);
    } finally {
      await db.end();
    }
  });
  afterAll(() => api.stop());

  it('listens on the loopback interface only, so other machines cannot reach it', () => {
    expect((api.platform.httpServer.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  it('shows the reset link to someone on this machine, from any loopback address', async () => {
    for (const localAddress of ['127.0.0.1', '127.0.0.2']) {
      const page = await get(`${api.url}/dev/outbox`, { localAddress });
      expect(page.status).toBe(200);
      expect(page.body).toContain('Réinitialisation de votre mot de passe');
      expect(page.body).toMatch(/token=[\w-]+/);
    }
  });

  it('refuses a caller from another machine, whatever its headers claim', async () => {
    // A peer on the network, as the platform sees it: the test cannot send from a non-loopback
    // address (this machine may only talk to itself), so the socket of connections made from
    // 127.0.0.3 reports 192.0.2.10 (a documentation address) to the server. Only that socket
    // property changes; the request goes through the real HTTP server.
    const foreign = '192.0.2.10';
    const relabel = (socket: Socket) => {
      if (socket.remoteAddress === '127.0.0.3') Object.defineProperty(socket, 'remoteAddress', { value: foreign });
    };
    api.platform.httpServer.prependListener('connection', relabel);
    try {
      const page = await get(`${api.url}/dev/outbox`, { localAddress: '127.0.0.3', headers: { host: 'localhost', 'x-real-ip': '127.0.0.1' } });
      expect(page.status).toBe(403);
      expect(JSON.parse(page.body)).toEqual({
        errors: [
          {
            message: "La boîte d'envoi de développement ne s'ouvre que depuis la machine qui fait tourner la plateforme (http://localhost).",
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      });
      expect(page.body).not.toContain('token=');
    } finally {
      api.platform.httpServer.off('connection', relabel);
    }
  });

  it('refuses a request relayed by a proxy on this machine (which would make every caller look local)', async () => {
    const page = await get(`${api.url}/dev/outbox`, { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('token=');
  });
});

describe('which interface the platform listens on', () => {
  const base = { ACCESS_TOKEN_SECRET: 'secret', CREDENTIAL_SIGNING_KEY: TEST_CREDENTIAL_SIGNING_KEY, DATA_DIR: '/nonexistent' };
  it('development: loopback unless HOST says otherwise; production: every interface (a container or a proxy in front)', () => {
    expect(loadConfig({ ...base }).host).toBe('127.0.0.1');
    expect(loadConfig({ ...base, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).host).toBe('0.0.0.0');
    expect(loadConfig({ ...base, NODE_ENV: 'production', HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });
});
