import { readFileSync } from 'node:fs';
import { requestSiecleImport } from '../../src/prescription/learner-management/application/import-siecle-file.usecase';
import { learnerRepositories } from '../../src/prescription/learner-management/application/learner-repositories';
import { findImportJob } from '../../src/prescription/learner-management/infrastructure/import-job.repository';
import { SAMPLE_SIECLE_FILE } from '../../src/seeds/demo-pupils';
import { DEMO_CAMPAIGN_CODES } from '../../src/seeds/demo-campaigns';
import { DEMO_CERTIFICATION } from '../../src/seeds/demo-certification';
import { DEMO_JURY } from '../../src/seeds/demo-jury';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!) { logIn(input: { login: $login, password: "Pixlibre2026" }) { accessToken } }`;
const MEMBERSHIPS = `{ me { memberships { organization { id name } } } }`;
const PUPILS = `query O($id: ID!, $offset: Int) { organization(id: $id) { divisions learners(first: 100, offset: $offset) { totalCount edges { node { authenticationMethods } } } } }`;

/** What a tester finds after `npm start`: the lycée's classes, pupils' accounts, and the sample file to import. */
describe('demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(() => api.stop());

  it('gives the lycée four classes of about thirty pupils, most with an account', async () => {
    const token = (await api.gql(LOG_IN, { login: 'claire.dubois@example.net' })).data!.logIn.accessToken;
    const { memberships } = (await api.gql(MEMBERSHIPS, {}, { token })).data!.me;
    const lycee = memberships.find((m: any) => m.organization.name === 'Lycée Marie Curie').organization;
    const { organization } = (await api.gql(PUPILS, { id: lycee.id }, { token })).data!;
    const rest = (await api.gql(PUPILS, { id: lycee.id, offset: 100 }, { token })).data!.organization;
    expect(organization.divisions).toEqual(['1G1', '2NDE1', '2NDE2', 'TG2']);
    expect(organization.learners.totalCount).toBe(118);
    const methods = [...organization.learners.edges, ...rest.learners.edges].map((e: any) => e.node.authenticationMethods[0]);
    // Usernames: three listed in README, and the pupils who took part in the campaigns; two by e-mail.
    expect(methods.filter((m: string) => m === 'USERNAME')).toHaveLength(100);
    expect(methods.filter((m: string) => m === 'EMAIL')).toHaveLength(2);
    expect(methods.filter((m: string) => m === 'NONE')).toHaveLength(16);
  });

  it("brings the lycée's campaigns alive: about 60 participations in every state, 40 sent profiles, some certifiable", async () => {
    const token = (await api.gql(LOG_IN, { login: 'julien.moreau@example.net' })).data!.logIn.accessToken;
    const lycee = (await api.gql(MEMBERSHIPS, {}, { token })).data!.me.memberships[0].organization;
    const { edges } = (await api.gql(`query O($id: ID!) { organization(id: $id) { campaigns(first: 10) { edges { node { id code } } } } }`, { id: lycee.id }, { token })).data!.organization.campaigns;
    const idOf = (code: string) => edges.find((e: any) => e.node.code === code).node.id;
    const rentree = (
      await api.gql(
        `query C($id: ID!) { campaign(id: $id) { participationStats { total started toShare shared } collectiveResults { sharedParticipationsCount competences { masteryRate } }
          analysis { tubes { level tutorials { id } } } participations(first: 100, filter: { statuses: [STARTED] }) { edges { node { progress } } } } }`,
        { id: idOf(DEMO_CAMPAIGN_CODES.rentree2nde) },
        { token },
      )
    ).data!.campaign;
    const stats = rentree.participationStats;
    expect(stats.total).toBeGreaterThanOrEqual(55);
    expect(stats.total).toBeLessThanOrEqual(65);
    expect(Math.min(stats.started, stats.toShare, stats.shared)).toBeGreaterThanOrEqual(5);
    expect(rentree.collectiveResults.sharedParticipationsCount).toBe(stats.shared);
    expect(rentree.collectiveResults.competences.length).toBeGreaterThanOrEqual(10);
    expect(rentree.collectiveResults.competences.some((c: any) => c.masteryRate > 0)).toBe(true);
    expect(new Set(rentree.analysis.tubes.map((t: any) => t.level)).size).toBeGreaterThanOrEqual(2);
    expect(rentree.participations.edges.some((e: any) => e.node.progress > 0)).toBe(true);

    const collection = (
      await api.gql(`query C($id: ID!) { campaign(id: $id) { participationStats { total shared } participations(first: 100) { edges { node { isCertifiable pixScore } } } } }`, { id: idOf(DEMO_CAMPAIGN_CODES.collecteTerminale) }, { token })
    ).data!.campaign;
    expect(collection.participationStats).toEqual({ total: 40, shared: 40 });
    const certifiable = collection.participations.edges.filter((e: any) => e.node.isCertifiable).length;
    expect(certifiable).toBeGreaterThanOrEqual(10);
    expect(40 - certifiable).toBeGreaterThanOrEqual(5);
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

  it("gives Pix Certif the lycée's centre with a session today (five TG2 pupils, one with 30 % extra time) and a PRO centre", async () => {
    const token = (await api.gql(LOG_IN, { login: 'julien.moreau@example.net' })).data!.logIn.accessToken;
    const centers = (await api.gql('{ me { certificationCenterMemberships { role certificationCenter { id name type uai } } } }', {}, { token })).data!.me.certificationCenterMemberships;
    expect(centers.map((m: any) => [m.certificationCenter.name, m.certificationCenter.type, m.role])).toEqual([
      ['Lycée Marie Curie', 'SCO', 'MEMBER'],
      ['Pro Formation Numérique', 'PRO', 'MEMBER'],
    ]);
    const admin = (await api.gql(LOG_IN, { login: 'claire.dubois@example.net' })).data!.logIn.accessToken;
    const { sessions } = (
      await api.gql(`query C($id: ID!) { certificationCenter(id: $id) { viewerRole sessions(first: 5) { edges { node { id accessCode invigilatorPassword date time } } } } }`, { id: centers[0].certificationCenter.id }, { token: admin })
    ).data!.certificationCenter;
    const today = sessions.edges.map((e: any) => e.node).find((s: any) => s.accessCode === DEMO_CERTIFICATION.lyceeSession.accessCode);
    expect(today).toMatchObject({ invigilatorPassword: DEMO_CERTIFICATION.lyceeSession.invigilatorPassword, time: '14:00' });
    const { candidates } = (await api.gql(`{ certificationSession(id: "${today.id}") { candidates { lastName extraTimePercentage isSchoolPupil birthCountry } } }`, {}, { token: admin })).data!.certificationSession;
    expect(candidates).toHaveLength(5);
    expect(candidates.filter((c: any) => c.extraTimePercentage === 30)).toHaveLength(1);
    expect(candidates.every((c: any) => c.isSchoolPupil)).toBe(true);
    const sophie = (await api.gql(LOG_IN, { login: 'sophie.laurent@example.net' })).data!.logIn.accessToken;
    expect((await api.gql('{ me { certificationCenterMemberships { role } } }', {}, { token: sophie })).data!.me.certificationCenterMemberships).toEqual([{ role: 'ADMIN' }]);
  });

  it('gives the jury a published session (validated, rejected, cancelled), a session to process and a session in progress', async () => {
    const token = (await api.gql(LOG_IN, { login: DEMO_JURY.juryEmail })).data!.logIn.accessToken;
    const list = await api.gql(
      `{ sessionsToProcess(first: 10) { totalCount edges { node { state assignedTo { id } hasIncidentsOrReports certificationCenter { name }
        juryCertifications { status } juryIncidents { code } juryProblemReports { category status } } } } }`,
      {},
      { token },
    );
    expect(list.errors).toBeUndefined();
    expect(list.data!.sessionsToProcess.totalCount).toBe(1);
    const waiting = list.data!.sessionsToProcess.edges[0].node;
    expect(waiting).toMatchObject({ state: 'FINALIZED', assignedTo: null, hasIncidentsOrReports: true, certificationCenter: { name: 'Lycée Marie Curie' } });
    expect(waiting.juryCertifications).toHaveLength(3);
    expect(waiting.juryIncidents).toEqual([{ code: 'C1' }]);
    expect(waiting.juryProblemReports).toEqual([{ category: 'E1', status: 'ACCEPTED' }]);

    const knex = knexOf(api.platform.services.orm.em.fork());
    const published = await knex.raw(`select ca.first_name, co.verification_code, s.state, co.credential_status_index,
        (select status from certification_scorings x where x.certification_course_id = co.id order by x.id desc limit 1) as status
      from certification_courses co join certification_candidates ca on ca.id = co.candidate_id join certification_sessions s on s.id = co.session_id
      where s.published_at is not null order by co.id`);
    expect(published.rows.map((r: any) => [r.first_name, r.status, r.state])).toEqual([
      ['Martine', 'VALIDATED', 'PROCESSED'],
      ['Olivier', 'REJECTED', 'PROCESSED'],
      ['Paul', 'CANCELLED', 'PROCESSED'],
    ]);
    expect(published.rows[0]).toMatchObject({ verification_code: DEMO_JURY.verificationCode, credential_status_index: expect.any(Number) });
    expect(published.rows[1].credential_status_index).toBeNull();

    const running = await knex('certification_sessions').where({ access_code: DEMO_JURY.runningSession.accessCode }).first('id', 'state');
    expect(running.state).toBe('CREATED');
    expect(await knex('certification_candidates').where({ session_id: running.id }).whereNotNull('joined_at').count({ n: '*' })).toEqual([{ n: '2' }]);
    expect(await knex('certification_courses').where({ session_id: running.id, state: 'STARTED' }).count({ n: '*' })).toEqual([{ n: '1' }]);
  });

  it('lets the demo pupils log in, one of them after choosing a new password', async () => {
    expect((await api.gql(LOG_IN, { login: 'clemence.bernard0711' })).data!.logIn.accessToken).toBeTruthy();
    expect((await api.gql(LOG_IN, { login: 'fatoumata.dasilva0409' })).errors![0].extensions!.code).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('has a sample SIECLE file that adds, updates and hides pupils when imported', async () => {
    const em = api.platform.services.orm.em.fork();
    const lycee = await knexOf(em)('organizations').where({ uai: '0751234A' }).first('id');
    const file = readFileSync(SAMPLE_SIECLE_FILE);
    const job = await requestSiecleImport(learnerRepositories(em, api.platform.services.jobs), api.platform.services.jobs, { organizationId: lycee.id, organizationUai: '0751234A', userId: 1, locale: 'fr', file });
    let done = job;
    while (done.state === 'PENDING' || done.state === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      done = (await findImportJob(em, job.id))!;
    }
    expect(done).toMatchObject({ state: 'DONE', pupilsAdded: 4, pupilsUpdated: 116, pupilsLeft: 2 });
  });
});
