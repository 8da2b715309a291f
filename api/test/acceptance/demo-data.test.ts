import { runSiecleImport } from '../../src/prescription/learner-management/application/import-siecle-file.usecase';
import { SAMPLE_SIECLE_FILE } from '../../src/shared/infrastructure/factories/demo-pupils';
import { createLogger } from '../../src/shared/infrastructure/logger';
import { systemClock } from '../../src/shared/domain/clock';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!) { logIn(input: { login: $login, password: "Pixlibre2026" }) { accessToken } }`;
const MEMBERSHIPS = `{ me { memberships { organization { id name } } } }`;
const PUPILS = `query O($id: ID!) { organization(id: $id) { divisions learners(first: 100) { totalCount edges { node { authenticationMethods } } } } }`;

/** What a tester finds after `npm start`: the lycée's classes, pupils' accounts, and the sample file to import. */
describe('demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(() => api.stop());

  it('gives the lycée four classes of about thirty pupils, some with an account', async () => {
    const token = (await api.gql(LOG_IN, { login: 'claire.dubois@example.net' })).data!.logIn.accessToken;
    const { memberships } = (await api.gql(MEMBERSHIPS, {}, { token })).data!.me;
    const lycee = memberships.find((m: any) => m.organization.name === 'Lycée Marie Curie').organization;
    const { organization } = (await api.gql(PUPILS, { id: lycee.id }, { token })).data!;
    expect(organization.divisions).toEqual(['1G1', '2NDE1', '2NDE2', 'TG2']);
    expect(organization.learners.totalCount).toBe(118);
    const methods = organization.learners.edges.map((e: any) => e.node.authenticationMethods[0]);
    expect(methods.filter((m: string) => m === 'USERNAME')).toHaveLength(3);
    expect(methods.filter((m: string) => m === 'EMAIL')).toHaveLength(2);
  });

  it('lets the demo pupils log in, one of them after choosing a new password', async () => {
    expect((await api.gql(LOG_IN, { login: 'clemence.bernard0711' })).data!.logIn.accessToken).toBeTruthy();
    expect((await api.gql(LOG_IN, { login: 'fatoumata.dasilva0409' })).errors![0].extensions!.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('has a sample SIECLE file that adds, updates and hides pupils when imported', async () => {
    const em = api.platform.services.orm.em.fork();
    const lycee = await knexOf(em)('organizations').where({ uai: '0751234A' }).first('id');
    const [job] = await knexOf(em)('import_jobs').insert({ organization_id: lycee.id, created_by: 1 }).returning(['id']);
    const deps = { orm: api.platform.services.orm, clock: systemClock, logger: createLogger('fatal') };
    const done = await runSiecleImport(deps, { id: job.id, organizationId: lycee.id, organizationUai: '0751234A', locale: 'fr' }, SAMPLE_SIECLE_FILE);
    expect(done).toMatchObject({ state: 'DONE', pupilsAdded: 4, pupilsUpdated: 116, pupilsLeft: 2 });
  });
});
