import { buildCampaign, buildOrganization } from '../../src/seeds/database-builder';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const CAMPAIGN = `query C($id: ID!) { campaign(id: $id) { id name code archivedAt targetProfile { name } creator { firstName lastName } } }`;
const ARCHIVE = `mutation A($id: ID!) { archiveCampaign(campaignId: $id) { id archivedAt } }`;
const UNARCHIVE = `mutation U($id: ID!) { unarchiveCampaign(campaignId: $id) { id archivedAt } }`;
const CREATE = `mutation C($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;
const BY_CODE = `query B($code: String!) { campaignByCode(code: $code) {
  code name type organizationName organizationType isRestricted customLandingPageText idPixLabel idPixType multipleSendings } }`;
const CODE_UNKNOWN = "Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.";

describe("who may see and change a school's campaigns; the landing page of a code", () => {
  let api: TestApi;
  let schools: Schools;
  const clock = new TestClock();
  const campaign: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { THROTTLE_ADDRESS_FAILURES: '12', THROTTLE_WINDOW_SECONDS: '900' } });
    schools = await buildSchools(api);
    const em = api.platform.services.orm.em.fork();
    const assessment = await buildCampaign(em, {
      organizationId: schools.lyceeId,
      creatorId: schools.people.teacher.id,
      name: 'Rentrée – 2NDE1',
      targetProfileId: schools.catalogue.get('[LGT] Parcours de rentrée 2nde'),
      code: 'RENTRE226',
      idPixLabel: "Numéro d'élève",
      customLandingPageText: 'Prévoyez 45 minutes.',
    });
    campaign.assessment = String(assessment.id);
    const college = await buildCampaign(em, { organizationId: schools.collegeId, creatorId: schools.people.otherSchool.id, name: 'Collecte 3e', code: 'CGPRFX345' });
    campaign.college = String(college.id);
    const company = await buildOrganization(em, { name: 'Menuiseries Garnier & Fils', type: 'PRO' });
    await buildCampaign(em, { organizationId: company.id, creatorId: schools.people.learner.id, name: 'Prérequis', code: 'GARNER234', idPixLabel: 'E-mail pro', idPixType: 'EMAIL' });
  });
  afterAll(() => api.stop());

  it('shows a campaign to the members of its school and to the support team', async () => {
    for (const person of [schools.people.admin, schools.people.teacher, schools.people.support]) {
      const response = await api.gql(CAMPAIGN, { id: campaign.assessment }, { token: person.token });
      expect(response.data!.campaign).toMatchObject({
        name: 'Rentrée – 2NDE1',
        code: 'RENTRE226',
        targetProfile: { name: '[LGT] Parcours de rentrée 2nde' },
        creator: { firstName: 'Julien', lastName: 'Moreau' },
      });
    }
  });

  it('gives nothing of it to anyone else, and the same answer for an unknown one', async () => {
    for (const outsider of [schools.people.otherSchool, schools.people.learner]) {
      const response = await api.gql(CAMPAIGN, { id: campaign.assessment }, { token: outsider.token });
      expect(response.data).toBeNull();
      expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(JSON.stringify(response)).not.toMatch(/Rentrée|RENTRE226/);
    }
    expect((await api.gql(CAMPAIGN, { id: campaign.assessment })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    for (const id of ['999999', 'abc', '-1']) {
      const unknown = await api.gql(CAMPAIGN, { id }, { token: schools.people.admin.token });
      expect(unknown.errors![0]).toMatchObject({ message: "Cette campagne n'existe pas.", extensions: { code: 'NOT_FOUND' } });
    }
  });

  it('lets no member of another school create in this one, nor archive its campaigns', async () => {
    const { otherSchool, support } = schools.people;
    const input = { organizationId: String(schools.lyceeId), name: 'Intrusion', type: 'PROFILES_COLLECTION' };
    for (const person of [otherSchool, support]) {
      expect((await api.gql(CREATE, { input }, { token: person.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await api.gql(ARCHIVE, { id: campaign.assessment }, { token: person.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await api.gql(UNARCHIVE, { id: campaign.assessment }, { token: person.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const inOwnSchool = await api.gql(CREATE, { input: { ...input, organizationId: String(schools.collegeId) } }, { token: otherSchool.token });
    expect(inOwnSchool.errors).toBeUndefined();
    const unknownOrganization = await api.gql(CREATE, { input: { ...input, organizationId: '999999' } }, { token: otherSchool.token });
    expect(unknownOrganization.errors![0]).toMatchObject({ message: "Cette organisation n'existe pas.", extensions: { code: 'NOT_FOUND' } });
    expect((await api.gql(ARCHIVE, { id: campaign.college }, { token: schools.people.admin.token })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('opens the landing page of a code to anyone, typed in lower case with spaces', async () => {
    const response = await api.gql(BY_CODE, { code: '  rentre226 ' });
    expect(response.data!.campaignByCode).toEqual({
      code: 'RENTRE226',
      name: 'Rentrée – 2NDE1',
      type: 'ASSESSMENT',
      organizationName: 'Lycée Marie Curie',
      organizationType: 'SCO',
      isRestricted: true,
      customLandingPageText: 'Prévoyez 45 minutes.',
      idPixLabel: "Numéro d'élève",
      idPixType: 'TEXT',
      multipleSendings: false,
    });
    const company = await api.gql(BY_CODE, { code: 'garner 234' }, { token: schools.people.learner.token });
    expect(company.data!.campaignByCode).toMatchObject({ organizationType: 'PRO', isRestricted: false, idPixType: 'EMAIL', type: 'PROFILES_COLLECTION', multipleSendings: true });
  });

  it('lets a member archive a campaign: its code then answers exactly as an unknown one; and bring it back', async () => {
    const archived = await api.gql(ARCHIVE, { id: campaign.assessment }, { token: schools.people.teacher.token });
    expect(archived.data!.archiveCampaign.archivedAt).toBe(clock.now().toISOString());
    clock.advance(60);
    const again = await api.gql(ARCHIVE, { id: campaign.assessment }, { token: schools.people.admin.token });
    expect(again.data!.archiveCampaign.archivedAt).toBe(archived.data!.archiveCampaign.archivedAt);

    const archivedCode = await api.gql(BY_CODE, { code: 'RENTRE226' });
    const unknownCode = await api.gql(BY_CODE, { code: 'ZZZZZZ999' });
    const malformed = await api.gql(BY_CODE, { code: 'pas un code' });
    for (const response of [archivedCode, unknownCode, malformed]) {
      expect(response.data).toBeNull();
      expect(response.errors!.map(({ message, extensions }) => ({ message, extensions }))).toEqual([
        { message: CODE_UNKNOWN, extensions: { code: 'NOT_FOUND' } },
      ]);
    }
    expect(unknownCode.status).toBe(archivedCode.status);

    const back = await api.gql(UNARCHIVE, { id: campaign.assessment }, { token: schools.people.teacher.token });
    expect(back.data!.unarchiveCampaign.archivedAt).toBeNull();
    expect((await api.gql(BY_CODE, { code: 'RENTRE226' })).data!.campaignByCode.name).toBe('Rentrée – 2NDE1');
  });

  it('throttles wrong codes per address, like failed log-ins, then lets it try again', async () => {
    clock.advance(3600);
    const codes: string[] = [];
    for (let i = 0; i < 13; i += 1) codes.push((await api.gql(BY_CODE, { code: `ZZZZZZ${222 + i}` })).errors![0].extensions!.code);
    expect(codes.slice(0, 12).every((code) => code === 'NOT_FOUND')).toBe(true);
    expect(codes[12]).toBe('TOO_MANY_ATTEMPTS');
    const blocked = await api.gql(BY_CODE, { code: 'RENTRE226' });
    expect(blocked.errors![0]).toMatchObject({ message: 'Trop de tentatives. Veuillez réessayer dans 15 minute(s).', extensions: { code: 'TOO_MANY_ATTEMPTS' } });
    clock.advance(901);
    expect((await api.gql(BY_CODE, { code: 'RENTRE226' })).data!.campaignByCode.code).toBe('RENTRE226');
  });
});
