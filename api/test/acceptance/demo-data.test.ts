import { runSiecleImport } from '../../src/prescription/learner-management/application/import-siecle-file.usecase';
import { SAMPLE_SIECLE_FILE } from '../../src/shared/infrastructure/factories/demo-pupils';
import { DEMO_CAMPAIGN_CODES } from '../../src/shared/infrastructure/factories/demo-campaigns';
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

  it("gives the lycée a catalogue of parcours and campaigns to try, with codes to type", async () => {
    const token = (await api.gql(LOG_IN, { login: 'julien.moreau@example.net' })).data!.logIn.accessToken;
    const lycee = (await api.gql(MEMBERSHIPS, {}, { token })).data!.me.memberships[0].organization;
    const { organization } = (
      await api.gql(`query O($id: ID!) { organization(id: $id) { targetProfiles { name } campaigns(filter: { includeArchived: true }) { totalCount edges { node { code archivedAt } } } } }`, { id: lycee.id }, { token })
    ).data!;
    expect(organization.targetProfiles.length).toBeGreaterThanOrEqual(13);
    expect(organization.targetProfiles.map((p: any) => p.name)).toContain('Lycée Marie Curie – Recherche documentaire au CDI');
    expect(organization.campaigns.totalCount).toBe(5);
    expect(organization.campaigns.edges.filter((e: any) => e.node.archivedAt).map((e: any) => e.node.code)).toEqual([DEMO_CAMPAIGN_CODES.archived]);
    for (const code of [DEMO_CAMPAIGN_CODES.rentree2nde, DEMO_CAMPAIGN_CODES.collecteTerminale, DEMO_CAMPAIGN_CODES.donneesPersonnelles])
      expect((await api.gql(`query B($code: String!) { campaignByCode(code: $code) { organizationName } }`, { code: code.toLowerCase() })).data!.campaignByCode).toEqual({
        organizationName: 'Lycée Marie Curie',
      });
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
