import { Client } from 'pg';
import { createTestDatabase } from '../helpers/test-database';
import { TEST_CREDENTIAL_SIGNING_KEY } from '../helpers/test-api';
import { startPlatform } from '../../src/platform';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** How a real deployment bootstraps itself: ADMIN_EMAIL / ADMIN_PASSWORD at start. */
describe('the first platform administrator', () => {
  it('is created once at start, and can then log in as SUPER_ADMIN', async () => {
    const database = await createTestDatabase();
    const env = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'pix-libre-admin-')),
      ACCESS_TOKEN_SECRET: 'secret-de-production-pour-le-test',
      CREDENTIAL_SIGNING_KEY: TEST_CREDENTIAL_SIGNING_KEY,
      ADMIN_EMAIL: 'Direction@Exemple.fr',
      ADMIN_PASSWORD: 'Bootstrap2026',
      LOG_LEVEL: 'fatal',
    };
    try {
      for (let start = 0; start < 2; start += 1) {
        const platform = await startPlatform({ env, skipContentImport: true });
        await platform.stop();
      }
      const db = new Client({ connectionString: database.url });
      await db.connect();
      const { rows } = await db.query(`select email, platform_role from users`);
      await db.end();
      // Production: no demo data, and the administrator only once.
      expect(rows).toEqual([{ email: 'direction@exemple.fr', platform_role: 'SUPER_ADMIN' }]);

      const platform = await startPlatform({ env, skipContentImport: true });
      try {
        const response = await fetch(`${platform.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: 'mutation { logIn(input: { login: "direction@exemple.fr", password: "Bootstrap2026" }) { user { platformRole } } }' }),
        });
        expect(((await response.json()) as any).data.logIn.user.platformRole).toBe('SUPER_ADMIN');
        // No outbox page in production (the path falls to the learner app's own "page not found").
        expect(await (await fetch(`${platform.url}/dev/outbox`)).text()).not.toContain("Boîte d'envoi");
      } finally {
        await platform.stop();
      }
    } finally {
      await database.drop();
    }
  });

  it('refuses to start in production without its secrets', async () => {
    await expect(startPlatform({ env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://nowhere/x' } })).rejects.toThrow(
      'ACCESS_TOKEN_SECRET must be set in production',
    );
    await expect(startPlatform({ env: { NODE_ENV: 'production', DATABASE_URL: 'postgres://nowhere/x', ACCESS_TOKEN_SECRET: 'secret' } })).rejects.toThrow(
      'CREDENTIAL_SIGNING_KEY must be set in production',
    );
  });
});
