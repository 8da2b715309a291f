import { buildCampaign, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { participate } from '../helpers/results-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const CREATE = `mutation C($input: CreateApiClientInput!) { createApiClient(input: $input) { clientId clientSecret client { scopes uais } } }`;
const RESULTS = `query R($uai: String!, $first: Int, $after: String) { campaignResultsByUai(uai: $uai, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ine firstName lastName campaignCode campaignType sharedAt pixScore } } } }`;
const CERTIFICATIONS = `query Q($uai: String!) { certificationResultsByUai(uai: $uai, first: 10) { totalCount pageInfo { hasNextPage } edges { node { ine status pixScore } } } }`;
const LEARNERS = `query L($uai: String!, $first: Int, $after: String) { organizationLearnersByUai(uai: $uai, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ine lastName loginMethods } } } }`;

const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => (response.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';

describe('integrators: API clients, the client-credentials grant and the reads by UAI', () => {
  let api: TestApi;
  let staffToken: string;
  let learnerToken: string;
  const SCHOOL = '0751234A';
  const OTHER = '0759876B';

  async function requestToken(clientId: string, clientSecret: string, body = 'grant_type=client_credentials') {
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    return { status: response.status, body: (await response.json()) as Record<string, any>, headers: response.headers };
  }

  async function newClient(input: Record<string, unknown>) {
    const created = await api.gql(CREATE, { input }, { token: staffToken });
    expect(created.errors).toBeUndefined();
    return created.data!.createApiClient as { clientId: string; clientSecret: string };
  }

  async function tokenOf(client: { clientId: string; clientSecret: string }) {
    const answer = await requestToken(client.clientId, client.clientSecret);
    expect(answer.status).toBe(200);
    return answer.body.access_token as string;
  }

  beforeAll(async () => {
    api = await startTestApi();
    const em = api.platform.services.orm.em.fork();
    const staff = await buildUser(em, { platformRole: 'SUPER_ADMIN' });
    staffToken = (await api.gql(`mutation { logIn(input: { login: "${staff.email}", password: "${staff.password}" }) { accessToken } }`)).data!.logIn.accessToken;
    const learner = await buildUser(em, {});
    learnerToken = (await api.gql(`mutation { logIn(input: { login: "${learner.email}", password: "${learner.password}" }) { accessToken } }`)).data!.logIn.accessToken;

    const school = await buildOrganization(em, { name: 'Collège Victor Hugo', type: 'SCO', uai: SCHOOL });
    await buildOrganization(em, { name: 'Collège voisin', type: 'SCO', uai: OTHER });
    const teacher = await buildUser(em, { firstName: 'Prof' });
    const campaign = await buildCampaign(em, { organizationId: school.id, creatorId: teacher.id, type: 'PROFILES_COLLECTION', name: 'Profils 4e' });
    for (const [index, lastName] of ['ARNAUD', 'BERNARD', 'CAMUS'].entries()) {
      const user = await buildUser(em, { firstName: 'Élève', lastName, email: null, username: `eleve.${lastName.toLowerCase()}0101` });
      const learnerId = await buildOrganizationLearner(em, school.id, { firstName: 'Élève', lastName, birthdate: '2012-01-01', division: '4A', nationalStudentId: `12345678${index}AB`, userId: user.id });
      // The first two shared their profile; the third is only a pupil.
      if (index < 2) await participate(api, { campaignId: campaign.id, userId: user.id, organizationLearnerId: learnerId, status: 'SHARED' });
    }
    for (let i = 0; i < 2; i += 1) await buildOrganizationLearner(em, school.id, { firstName: 'Sans', lastName: `COMPTE${i}`, birthdate: '2012-02-02', division: '4B' });
  });
  afterAll(() => api.stop());

  it('a client created by the platform team gets a token, reads its school\'s shared campaign results and its (empty) certification results', async () => {
    const client = await newClient({ name: 'LSU Académie', contact: 'lsu@example.fr', scopes: ['CAMPAIGN_RESULTS_READ', 'CERTIFICATION_RESULTS_READ'], uais: [SCHOOL.toLowerCase()] });
    expect(client.clientSecret.length).toBeGreaterThanOrEqual(43);
    const stored = await knexOf(api.platform.services.orm.em.fork())('api_clients').where({ client_id: client.clientId }).first();
    expect(stored.secret_hash).not.toContain(client.clientSecret);
    expect(stored.uais).toEqual([SCHOOL]);

    const granted = await requestToken(client.clientId, client.clientSecret);
    expect(granted.status).toBe(200);
    expect(granted.headers.get('cache-control')).toBe('no-store');
    expect(granted.body).toMatchObject({ token_type: 'Bearer', expires_in: 3600, scope: 'campaign-results:read certification-results:read' });
    const token = granted.body.access_token as string;

    const results = await api.gql(RESULTS, { uai: SCHOOL }, { token });
    expect(results.errors).toBeUndefined();
    expect(results.data!.campaignResultsByUai.totalCount).toBe(2);
    expect(results.data!.campaignResultsByUai.edges.map((e: any) => [e.node.ine, e.node.lastName, e.node.campaignType])).toEqual([
      ['123456780AB', 'ARNAUD', 'PROFILES_COLLECTION'],
      ['123456781AB', 'BERNARD', 'PROFILES_COLLECTION'],
    ]);
    // A school without a certification centre: an empty page, not an error (integrators-certifications.test.ts reads real ones).
    const certifications = await api.gql(CERTIFICATIONS, { uai: SCHOOL }, { token });
    expect(certifications.errors).toBeUndefined();
    expect(certifications.data!.certificationResultsByUai).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false }, edges: [] });

    // Another school, a scope it was not given: each its own code.
    expect(code(await api.gql(RESULTS, { uai: OTHER }, { token }))).toBe('UAI_NOT_ALLOWED');
    expect(code(await api.gql(LEARNERS, { uai: SCHOOL }, { token }))).toBe('SCOPE_MISSING');

    // The audit of the client's calls: every call of a valid token counts, refused ones too (4 today).
    const listed = await api.gql('{ apiClients { clientId usage { calls } lastCallAt } }', {}, { token: staffToken });
    const mine = listed.data!.apiClients.find((c: any) => c.clientId === client.clientId);
    expect(mine.usage[0].calls).toBe(4);
    expect(mine.lastCallAt).not.toBeNull();

    // Revoked: its token and its secret are refused.
    const revoked = await api.gql('mutation R($id: String!) { revokeApiClient(clientId: $id) { revokedAt } }', { id: client.clientId }, { token: staffToken });
    expect(revoked.data!.revokeApiClient.revokedAt).not.toBeNull();
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token }))).toBe('API_CLIENT_REVOKED');
    expect(code(await api.gql(CERTIFICATIONS, { uai: SCHOOL }, { token }))).toBe('API_CLIENT_REVOKED');
    expect((await requestToken(client.clientId, client.clientSecret)).body.error).toBe('invalid_client');
    const audit = await knexOf(api.platform.services.orm.em.fork())('audit_log').where({ target_type: 'API_CLIENT' }).orderBy('id').select('action');
    expect(audit.map((row: { action: string }) => row.action)).toEqual(expect.arrayContaining(['API_CLIENT_CREATED', 'API_CLIENT_REVOKED']));
  });

  it('pages a school\'s pupils with their login methods, in a number of statements that does not grow with the school', async () => {
    const client = await newClient({ name: 'ENT', scopes: ['ORGANIZATION_LEARNERS_READ'] });
    const token = await tokenOf(client);
    const first = await api.gql(LEARNERS, { uai: SCHOOL, first: 3 }, { token });
    expect(first.errors).toBeUndefined();
    const page = first.data!.organizationLearnersByUai;
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges[0].node).toEqual({ ine: '123456780AB', lastName: 'ARNAUD', loginMethods: ['USERNAME'] });
    const second = await api.gql(LEARNERS, { uai: SCHOOL, first: 3, after: page.pageInfo.endCursor }, { token });
    expect(second.data!.organizationLearnersByUai.edges.map((e: any) => e.node.loginMethods)).toEqual([[], []]);
    expect(second.data!.organizationLearnersByUai.pageInfo.hasNextPage).toBe(false);
    // Same statements for a page of 3 pupils as for the whole school, and for an empty school: the client's admission (2), the
    // school (organizational-entities), the page (learner-management), the login methods (identity-access-management).
    const statements = async (uai: string, first: number) => Number((await api.gql(LEARNERS, { uai, first }, { token })).headers.get('x-sql-statements'));
    const few = await statements(SCHOOL, 1);
    expect(await statements(SCHOOL, 100)).toBe(few);
    expect(await statements(OTHER, 100)).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
    // A page over 100 is refused.
    expect(code(await api.gql(LEARNERS, { uai: SCHOOL, first: 101 }, { token }))).toBe('BAD_USER_INPUT');
  });

  it('ends the tokens and the secret of a client whose secret is rotated; the new secret works', async () => {
    const client = await newClient({ name: 'LSL', scopes: ['CAMPAIGN_RESULTS_READ'], uais: [SCHOOL] });
    const oldToken = await tokenOf(client);
    const rotated = await api.gql('mutation R($id: String!) { rotateApiClientSecret(clientId: $id) { clientSecret } }', { id: client.clientId }, { token: staffToken });
    const newSecret = rotated.data!.rotateApiClientSecret.clientSecret as string;
    expect(newSecret).not.toBe(client.clientSecret);
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token: oldToken }))).toBe('API_CLIENT_TOKEN_OUTDATED');
    expect((await requestToken(client.clientId, client.clientSecret)).status).toBe(401);
    const newToken = await tokenOf({ clientId: client.clientId, clientSecret: newSecret });
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token: newToken }))).toBe('ok');
  });

  it('refuses a client over its rate limit, with the wait', async () => {
    const client = await newClient({ name: 'Pressé', scopes: ['CAMPAIGN_RESULTS_READ'], uais: [SCHOOL] });
    await knexOf(api.platform.services.orm.em.fork())('api_clients').where({ client_id: client.clientId }).update({ rate_limit_per_minute: 3 });
    const token = await tokenOf(client);
    for (let i = 0; i < 3; i += 1) expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token }))).toBe('ok');
    const refused = await api.gql(RESULTS, { uai: SCHOOL }, { token });
    expect(code(refused)).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps learners\' and integrators\' tokens apart, each way', async () => {
    const client = await newClient({ name: 'Séparé', scopes: ['CAMPAIGN_RESULTS_READ'], uais: [SCHOOL] });
    const token = await tokenOf(client);
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token: learnerToken }))).toBe('INTEGRATOR_TOKEN_REQUIRED');
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token: staffToken }))).toBe('INTEGRATOR_TOKEN_REQUIRED');
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }))).toBe('UNAUTHENTICATED');
    expect(code(await api.gql('{ me { id } }', {}, { token }))).toBe('INTEGRATOR_OPERATION_FORBIDDEN');
    expect(code(await api.gql('{ competenceFramework { areas { code } } }', {}, { token }))).toBe('INTEGRATOR_OPERATION_FORBIDDEN');
    expect(code(await api.gql('mutation { logOut(refreshToken: "x") }', {}, { token }))).toBe('INTEGRATOR_OPERATION_FORBIDDEN');
    // A learner's token presented as a client's secret, or a forged client token: refused.
    expect((await requestToken(client.clientId, learnerToken)).status).toBe(401);
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token: token.replace(/\.[^.]+$/, '.c2lnbmF0dXJl') }))).toBe('UNAUTHENTICATED');
  });

  it('answers the token endpoint\'s errors as RFC 6749 says', async () => {
    const client = await newClient({ name: 'Formes', scopes: ['CAMPAIGN_RESULTS_READ', 'ORGANIZATION_LEARNERS_READ'] });
    expect(await requestToken(client.clientId, client.clientSecret, 'grant_type=password')).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    expect(await requestToken(client.clientId, client.clientSecret, '')).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await requestToken(client.clientId, 'mauvais-secret')).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(await requestToken('inconnu', client.clientSecret)).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(await requestToken(client.clientId, client.clientSecret, 'grant_type=client_credentials&scope=certification-results%3Aread')).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });
    const narrowed = await requestToken(client.clientId, client.clientSecret, 'grant_type=client_credentials&scope=organization-learners%3Aread');
    expect(narrowed.body.scope).toBe('organization-learners:read');
    expect(code(await api.gql(RESULTS, { uai: SCHOOL }, { token: narrowed.body.access_token }))).toBe('SCOPE_MISSING');
  });

  it('answers 404 on the SAML endpoints when the GAR is not configured', async () => {
    for (const path of ['/saml/metadata', '/saml/login?campaign=ABCDEF234']) expect((await fetch(`${api.url}${path}`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${api.url}/saml/acs`, { method: 'POST', body: 'SAMLResponse=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).status).toBe(404);
  });

  it('refuses a client with a bad scope or UAI, writing nothing', async () => {
    const before = await knexOf(api.platform.services.orm.em.fork())('api_clients').count({ n: '*' });
    const badScope = await api.gql('mutation { createApiClient(input: { name: "X", scopes: [] }) { clientId } }', {}, { token: staffToken });
    expect(badScope.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    const badUai = await api.gql(CREATE, { input: { name: 'X', scopes: ['CAMPAIGN_RESULTS_READ'], uais: ['12345'] } }, { token: staffToken });
    expect(badUai.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uais' });
    expect(await knexOf(api.platform.services.orm.em.fork())('api_clients').count({ n: '*' })).toEqual(before);
  });
});
