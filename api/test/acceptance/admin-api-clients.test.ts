import { buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** Pix Admin's "Applications partenaires": a client's rate limit and rights changed by the platform team (issue 17). */
const UPDATE = `mutation U($input: UpdateApiClientInput!) { updateApiClient(input: $input) { clientId name contact scopes uais rateLimitPerMinute usage { calls } lastCallAt } }`;
const LEARNERS = `query L($uai: String!) { organizationLearnersByUai(uai: $uai, first: 1) { totalCount } }`;
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => (response.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';

describe("Pix Admin: changing a partner application", () => {
  let api: TestApi;
  let staffToken: string;
  let supportToken: string;
  const logIn = async (email: string, password: string) =>
    (await api.gql(`mutation { logIn(input: { login: "${email}", password: "${password}" }) { accessToken } }`)).data!.logIn.accessToken as string;

  async function tokenOf(clientId: string, clientSecret: string) {
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    return ((await response.json()) as { access_token: string }).access_token;
  }

  beforeAll(async () => {
    api = await startTestApi();
    const em = api.platform.services.orm.em.fork();
    const staff = await buildUser(em, { platformRole: 'SUPER_ADMIN' });
    const support = await buildUser(em, { platformRole: 'SUPPORT' });
    staffToken = await logIn(staff.email!, staff.password);
    supportToken = await logIn(support.email!, support.password);
    await buildOrganization(em, { name: 'Collège A', type: 'SCO', uai: '0751111A' });
    await buildOrganization(em, { name: 'Collège B', type: 'SCO', uai: '0752222B' });
  });
  afterAll(() => api.stop());

  it('sets the rate limit, the rights and the contact (audited); changed rights end the outstanding tokens; others are refused', async () => {
    const created = await api.gql(`mutation { createApiClient(input: { name: "ENT", scopes: [ORGANIZATION_LEARNERS_READ], uais: ["0751111A"] }) { clientId clientSecret } }`, {}, { token: staffToken });
    const { clientId, clientSecret } = created.data!.createApiClient;
    const token = await tokenOf(clientId, clientSecret);
    expect(code(await api.gql(LEARNERS, { uai: '0751111A' }, { token }))).toBe('ok');

    // The support team may not; a wrong rate limit names its field.
    expect(code(await api.gql(UPDATE, { input: { clientId, rateLimitPerMinute: 2 } }, { token: supportToken }))).toBe('FORBIDDEN');
    const wrong = await api.gql(UPDATE, { input: { clientId, rateLimitPerMinute: 0 } }, { token: staffToken });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].message).toContain('entre 1 et 100000');

    // Rate limit and contact only: the token still works, until the new limit.
    const limited = await api.gql(UPDATE, { input: { clientId, rateLimitPerMinute: 2, contact: 'ent@example.fr' } }, { token: staffToken });
    expect(limited.errors).toBeUndefined();
    expect(limited.data!.updateApiClient).toMatchObject({ name: 'ENT', contact: 'ent@example.fr', uais: ['0751111A'], rateLimitPerMinute: 2 });
    expect(limited.data!.updateApiClient.usage[0].calls).toBe(1);
    expect(limited.data!.updateApiClient.lastCallAt).not.toBeNull();
    expect(code(await api.gql(LEARNERS, { uai: '0751111A' }, { token }))).toBe('ok');
    expect(code(await api.gql(LEARNERS, { uai: '0751111A' }, { token }))).toBe('TOO_MANY_ATTEMPTS');

    // New UAIs: the old token (it carries the old ones) ends; a new token with the same secret reads the new school.
    const widened = await api.gql(UPDATE, { input: { clientId, rateLimitPerMinute: 100, uais: ['0752222b'] } }, { token: staffToken });
    expect(widened.data!.updateApiClient.uais).toEqual(['0752222B']);
    expect(code(await api.gql(LEARNERS, { uai: '0752222B' }, { token }))).toBe('API_CLIENT_TOKEN_OUTDATED');
    const fresh = await tokenOf(clientId, clientSecret);
    expect(code(await api.gql(LEARNERS, { uai: '0752222B' }, { token: fresh }))).toBe('ok');
    expect(code(await api.gql(LEARNERS, { uai: '0751111A' }, { token: fresh }))).toBe('UAI_NOT_ALLOWED');

    const audit = await knexOf(api.platform.services.orm.em.fork())('audit_log').where({ action: 'API_CLIENT_UPDATED' }).orderBy('id').select('before', 'after');
    expect(audit).toHaveLength(2);
    expect(audit[0].before).toMatchObject({ rateLimitPerMinute: 600, contact: '' });
    expect(audit[0].after).toMatchObject({ rateLimitPerMinute: 2, contact: 'ent@example.fr' });
    expect(audit[1].after).toMatchObject({ uais: ['0752222B'], rateLimitPerMinute: 100 });

    // A revoked client cannot be changed.
    await api.gql('mutation R($id: String!) { revokeApiClient(clientId: $id) { revokedAt } }', { id: clientId }, { token: staffToken });
    expect(code(await api.gql(UPDATE, { input: { clientId, name: 'Autre' } }, { token: staffToken }))).toBe('NOT_FOUND');
  });
});
