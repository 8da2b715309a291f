import { buildUser } from '../../src/seeds/database-builder';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { certifiedCandidate, finalizedSession, levelsOf, marksOf, publishSession } from '../helpers/certificate-fixtures';
import { certificationWorld } from '../helpers/certification-centre-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** A partner reads a school's certification results by UAI (issue 17), over real HTTP, with real scoring rows. */
const RESULTS = `query Q($uai: String!, $first: Int, $after: String) { certificationResultsByUai(uai: $uai, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id ine firstName lastName birthdate status pixScore verificationCode sessionDate sessionId
    certificationCenter publishedAt competences { code level } } } } }`;
const UAI = '0751234A';
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => (response.errors?.[0]?.extensions?.code as string | undefined) ?? 'ok';

describe("integrators: a school's certification results by UAI", () => {
  let api: TestApi;
  let world: Awaited<ReturnType<typeof certificationWorld>>;
  let staffToken: string;
  let published: { id: number };
  const em = () => api.platform.services.orm.em.fork();
  const logIn = async (email: string, password: string) =>
    (await api.gql(`mutation { logIn(input: { login: "${email}", password: "${password}" }) { accessToken } }`)).data!.logIn.accessToken as string;
  const codes: Record<string, string> = {};

  async function clientToken(uais: string[] | null) {
    const created = await api.gql(`mutation C($input: CreateApiClientInput!) { createApiClient(input: $input) { clientId clientSecret } }`,
      { input: { name: 'LSU', scopes: ['CERTIFICATION_RESULTS_READ'], uais } }, { token: staffToken });
    const { clientId, clientSecret } = created.data!.createApiClient;
    const response = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    return { clientId: clientId as string, token: ((await response.json()) as { access_token: string }).access_token };
  }

  beforeAll(async () => {
    api = await startTestApi();
    const staff = await buildUser(em(), { platformRole: 'SUPER_ADMIN' });
    staffToken = await logIn(staff.email!, staff.password);
    world = await certificationWorld(em(), logIn);
    await certificationWorld(em(), logIn, { uai: '0699999Z', suffix: ' (Lyon)' });
    for (const [key, id] of Object.entries(world.pupils)) await knexOf(em())('organization_learners').where({ id }).update({ national_student_id: `INE-${key}` });
    const content = api.platform.services.content.get();
    published = await finalizedSession(em(), world.scoCenter, '2026-11-18');
    const pending = await finalizedSession(em(), world.scoCenter);
    const pupil = (learnerId: number, firstName: string, lastName: string) => ({ organizationLearnerId: learnerId, firstName, lastName });
    codes.emma = (await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [3, 2, 4])) }, pupil(world.pupils.emma, 'Emma', 'EMERY'))).verificationCode;
    await certifiedCandidate(em(), published.id, { status: 'REJECTED', marks: marksOf(levelsOf(content, [1])) }, pupil(world.pupils.etienne, 'Étienne', 'ÉTIENNE'));
    await certifiedCandidate(em(), published.id, { status: 'CANCELLED', marks: [] }, pupil(world.pupils.traore, 'Awa', 'TRAORÉ'));
    // Not yet published: PENDING, nothing of its scoring.
    await certifiedCandidate(em(), pending.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2])) }, pupil(world.pupils.fanny, 'Fanny', 'FABRE'));
    // A candidate of the centre who is not one of the school's pupils: not listed.
    await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2])) }, { firstName: 'Hors', lastName: 'LISTE' });
    await publishSession(em(), published.id, new Date('2026-12-01T10:00:00Z'));
  });
  afterAll(() => api.stop());

  it('gives the published results with their figures, the unpublished ones as PENDING without scores, in pages of flat cost', async () => {
    const { token } = await clientToken([UAI]);
    const response = await api.gql(RESULTS, { uai: UAI, first: 10 }, { token });
    expect(response.errors).toBeUndefined();
    const page = response.data!.certificationResultsByUai;
    expect(page.totalCount).toBe(4);
    const byName = Object.fromEntries(page.edges.map((e: { node: { lastName: string } }) => [e.node.lastName, e.node]));
    expect(Object.keys(byName).sort()).toEqual(['EMERY', 'FABRE', 'TRAORÉ', 'ÉTIENNE']);
    expect(byName.EMERY).toMatchObject({
      ine: 'INE-emma', firstName: 'Emma', birthdate: '2008-05-12', status: 'VALIDATED', pixScore: 72, verificationCode: codes.emma,
      sessionDate: '2026-11-18', sessionId: String(published.id), certificationCenter: 'Centre du lycée Marie Curie', publishedAt: '2026-12-01T10:00:00.000Z',
    });
    const content = api.platform.services.content.get();
    expect(byName.EMERY.competences).toHaveLength(content.competences.length);
    expect(byName.EMERY.competences.slice(0, 4)).toEqual(content.competences.slice(0, 4).map((c, i) => ({ code: c.code, level: [3, 2, 4, 0][i] })));
    expect(byName['ÉTIENNE']).toMatchObject({ status: 'REJECTED', pixScore: null, verificationCode: null, competences: [] });
    expect(byName['TRAORÉ']).toMatchObject({ status: 'CANCELLED', pixScore: null, verificationCode: null, competences: [] });
    expect(byName.FABRE).toMatchObject({ ine: 'INE-fanny', status: 'PENDING', pixScore: null, verificationCode: null, publishedAt: null, competences: [] });

    // Page by page, the same rows; the same statements for a page of 1 as for a page of 100.
    const first = await api.gql(RESULTS, { uai: UAI, first: 1 }, { token });
    const second = await api.gql(RESULTS, { uai: UAI, first: 1, after: first.data!.certificationResultsByUai.pageInfo.endCursor }, { token });
    expect(second.data!.certificationResultsByUai.edges[0].node.id).toBe(page.edges[1].node.id);
    const statements = async (first: number) => Number((await api.gql(RESULTS, { uai: UAI, first }, { token })).headers.get('x-sql-statements'));
    expect(await statements(100)).toBe(await statements(1));
  });

  it('refuses another school, a revoked client, and a partner token on a school without results answers an empty page', async () => {
    const { token, clientId } = await clientToken([UAI]);
    expect(code(await api.gql(RESULTS, { uai: '0699999Z' }, { token }))).toBe('UAI_NOT_ALLOWED');
    const everywhere = await clientToken(null);
    const lyon = await api.gql(RESULTS, { uai: '0699999Z' }, { token: everywhere.token });
    expect(lyon.data!.certificationResultsByUai).toMatchObject({ totalCount: 0, edges: [] });
    await api.gql('mutation R($id: String!) { revokeApiClient(clientId: $id) { revokedAt } }', { id: clientId }, { token: staffToken });
    expect(code(await api.gql(RESULTS, { uai: UAI }, { token }))).toBe('API_CLIENT_REVOKED');
  });
});
