import { Client } from 'pg';
import { skillsOfTargetProfile } from '../../src/prescription/target-profile/domain/target-profile';
import { buildCampaign } from '../../src/seeds/database-builder';
import { TARGET_PROFILE_CATALOGUE, tubesOfEntry } from '../../src/seeds/target-profile-catalogue';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const CAMPAIGN_FIELDS = `id code name type targetProfile { id name } multipleSendings idPixLabel idPixType customLandingPageText archivedAt createdAt
  creator { firstName lastName } directUrl`;
const CREATE = `mutation C($input: CreateCampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const LIST = `query L($id: ID!, $first: Int, $after: String, $filter: CampaignFilter) { organization(id: $id) { campaigns(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name code targetProfile { name } creator { firstName } directUrl } } } } }`;

describe('creating and listing campaigns', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  let input: (extra: Record<string, unknown>) => Record<string, unknown>;

  beforeAll(async () => {
    api = await startTestApi({ env: { PUBLIC_URL: 'https://pix.example.fr' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    input = (extra) => ({ organizationId: String(schools.lyceeId), name: 'Campagne', type: 'PROFILES_COLLECTION', ...extra });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('lets a member create an assessment that copies the skills of its parcours', async () => {
    const name = "Rechercher et évaluer l'information";
    const targetProfileId = String(schools.catalogue.get(name));
    const response = await api.gql(
      CREATE,
      { input: input({ name: '  2NDE1 – Recherche  ', type: 'ASSESSMENT', targetProfileId, idPixLabel: "Numéro d'élève", customLandingPageText: 'Bienvenue !' }) },
      { token: schools.people.teacher.token },
    );
    expect(response.errors).toBeUndefined();
    const campaign = response.data!.createCampaign;
    expect(campaign).toMatchObject({
      name: '2NDE1 – Recherche',
      type: 'ASSESSMENT',
      targetProfile: { id: targetProfileId, name },
      multipleSendings: false,
      idPixLabel: "Numéro d'élève",
      idPixType: 'TEXT',
      customLandingPageText: 'Bienvenue !',
      archivedAt: null,
      creator: { firstName: 'Julien', lastName: 'Moreau' },
    });
    expect(campaign.code).toMatch(/^[A-HJKMNP-Z]{6}[2-9]{3}$/);
    expect(campaign.directUrl).toBe(`https://pix.example.fr/campagnes/${campaign.code}`);
    const content = api.platform.services.content.get();
    const expected = skillsOfTargetProfile(content, tubesOfEntry(TARGET_PROFILE_CATALOGUE.find((e) => e.name === name)!, content)).map((s) => s.id);
    const copied = await db.query('select skill_id from campaign_skills where campaign_id = $1', [campaign.id]);
    expect(copied.rows.map((r) => r.skill_id).sort()).toEqual([...expected].sort());
    expect(copied.rows).toHaveLength(16);
  });

  it("lets an assessment use the school's own parcours", async () => {
    const response = await api.gql(CREATE, { input: input({ type: 'ASSESSMENT', targetProfileId: String(schools.lyceeProfileId) }) }, { token: schools.people.admin.token });
    expect(response.data!.createCampaign.targetProfile.name).toBe('Lycée – Recherche au CDI');
  });

  it('creates a profiles collection, sent several times unless said otherwise, without skills', async () => {
    const many = (await api.gql(CREATE, { input: input({ name: 'Collecte Terminales' }) }, { token: schools.people.admin.token })).data!.createCampaign;
    expect(many).toMatchObject({ type: 'PROFILES_COLLECTION', targetProfile: null, multipleSendings: true, idPixLabel: null, idPixType: null });
    const once = await api.gql(CREATE, { input: input({ multipleSendings: false, idPixLabel: 'E-mail', idPixType: 'EMAIL' }) }, { token: schools.people.admin.token });
    expect(once.data!.createCampaign).toMatchObject({ multipleSendings: false, idPixType: 'EMAIL' });
    expect((await db.query('select count(*) from campaign_skills where campaign_id = $1', [many.id])).rows[0].count).toBe('0');
  });

  it('refuses what cannot be a campaign, naming the field in French, and writes nothing', async () => {
    const count = async () => Number((await db.query('select count(*) from campaigns')).rows[0].count);
    const before = await count();
    const refusal = async (extra: Record<string, unknown>) => {
      const response = await api.gql(CREATE, { input: input(extra) }, { token: schools.people.teacher.token });
      expect(response.data).toBeNull();
      const [error] = response.errors!;
      return { code: error.extensions!.code, field: error.extensions!.field, message: error.message };
    };
    expect(await refusal({ name: '   ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'name', message: 'Le nom de la campagne est obligatoire.' });
    expect(await refusal({ name: 'x'.repeat(10 * 1024) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: 'Le nom de la campagne ne peut pas dépasser 255 caractères.',
    });
    const unknownProfile = {
      code: 'BAD_USER_INPUT',
      field: 'targetProfileId',
      message: "Ce parcours n'existe pas ou n'est pas proposé à votre organisation : choisissez-en un dans la liste.",
    };
    expect(await refusal({ type: 'ASSESSMENT', targetProfileId: '999999' })).toEqual(unknownProfile);
    expect(await refusal({ type: 'ASSESSMENT', targetProfileId: 'abc' })).toEqual(unknownProfile);
    expect(await refusal({ type: 'ASSESSMENT', targetProfileId: String(schools.collegeProfileId) })).toEqual(unknownProfile);
    expect(await refusal({ type: 'ASSESSMENT' })).toMatchObject({ field: 'targetProfileId', message: 'Choisissez le parcours que la campagne évaluera.' });
    expect(await refusal({ targetProfileId: String(schools.catalogue.get('Les 16 compétences')) })).toMatchObject({
      field: 'targetProfileId',
      message: expect.stringContaining("Une collecte de profils n'a pas de parcours"),
    });
    expect(await refusal({ customLandingPageText: 'é'.repeat(5_001) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'customLandingPageText',
      message: "Le texte de la page d'accueil ne peut pas dépasser 5000 caractères.",
    });
    expect(await count()).toBe(before);
    const longest = await api.gql(CREATE, { input: input({ name: 'é'.repeat(255), customLandingPageText: 'é'.repeat(5_000) }) }, { token: schools.people.teacher.token });
    expect(longest.data!.createCampaign.customLandingPageText).toHaveLength(5_000);
  });

  it('says so in English too', async () => {
    const response = await api.gql(CREATE, { input: input({ name: '' }) }, { token: schools.people.teacher.token, headers: { 'accept-language': 'en' } });
    expect(response.errors![0].message).toBe('The name of the campaign is required.');
  });

  describe('the list', () => {
    let list: (variables: Record<string, unknown>, token?: string) => Promise<any>;
    beforeAll(async () => {
      const em = api.platform.services.orm.em.fork();
      await db.query('delete from campaigns');
      const { admin, teacher } = schools.people;
      const day = (n: number) => new Date(Date.UTC(2026, 8, n));
      const profileId = schools.catalogue.get('[LGT] Parcours de rentrée 2nde')!;
      const seeds = [
        { name: 'Rentrée – 2NDE1', creatorId: admin.id, targetProfileId: profileId, createdAt: day(1) },
        { name: 'Rentrée – 2NDE2', creatorId: teacher.id, targetProfileId: profileId, createdAt: day(2), code: 'RENTRE226' },
        { name: 'Collecte TG2', creatorId: teacher.id, createdAt: day(3) },
        { name: 'Rentrée 2025 – 2NDE1', creatorId: admin.id, targetProfileId: profileId, createdAt: day(4), archivedAt: day(20) },
        { name: 'Données 1G1 (50 % de réussite)', creatorId: admin.id, targetProfileId: profileId, createdAt: day(5) },
        { name: 'Collecte 1G1', creatorId: admin.id, createdAt: day(6) },
      ];
      for (const seed of seeds) await buildCampaign(em, { organizationId: schools.lyceeId, ...seed });
      await buildCampaign(em, { organizationId: schools.collegeId, creatorId: schools.people.otherSchool.id, name: 'Rentrée – 6e A' });
      list = async (variables, token = teacher.token) => {
        const response = await api.gql(LIST, { id: String(schools.lyceeId), ...variables }, { token });
        expect(response.errors).toBeUndefined();
        return { ...response.data!.organization.campaigns, statements: Number(response.headers.get('x-sql-statements')) };
      };
    });

    const names = (page: any) => page.edges.map((e: any) => e.node.name);

    it('shows the active campaigns newest first, with their parcours and creator, in constant SQL statements', async () => {
      const small = await list({ first: 2 });
      expect(names(small)).toEqual(['Collecte 1G1', 'Données 1G1 (50 % de réussite)']);
      expect(small).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
      const next = await list({ first: 2, after: small.pageInfo.endCursor });
      expect(names(next)).toEqual(['Collecte TG2', 'Rentrée – 2NDE2']);
      const all = await list({ first: 100 });
      expect(names(all)).toEqual(['Collecte 1G1', 'Données 1G1 (50 % de réussite)', 'Collecte TG2', 'Rentrée – 2NDE2', 'Rentrée – 2NDE1']);
      expect(all.edges[1].node).toMatchObject({ targetProfile: { name: '[LGT] Parcours de rentrée 2nde' }, creator: { firstName: 'Claire' } });
      expect(all.edges[3].node.directUrl).toBe('https://pix.example.fr/campagnes/RENTRE226');
      // The organisation and the viewer's memberships, the page and its count, the parcours, the creators.
      expect(small.statements).toBe(6);
      expect(all.statements).toBe(small.statements);
    });

    it('searches a part of the name, or a code as typed', async () => {
      expect(names(await list({ filter: { search: 'rentrée' } }))).toEqual(['Rentrée – 2NDE2', 'Rentrée – 2NDE1']);
      expect(names(await list({ filter: { search: '50 %' } }))).toEqual(['Données 1G1 (50 % de réussite)']);
      expect(names(await list({ filter: { search: '_' } }))).toEqual([]);
      expect(names(await list({ filter: { search: ' rentre226 ' } }))).toEqual(['Rentrée – 2NDE2']);
    });

    it("keeps the viewer's own, and the archived ones on request", async () => {
      expect(names(await list({ filter: { ownedByMe: true } }))).toEqual(['Collecte TG2', 'Rentrée – 2NDE2']);
      expect(names(await list({ filter: { ownedByMe: true } }, schools.people.admin.token))).toEqual(['Collecte 1G1', 'Données 1G1 (50 % de réussite)', 'Rentrée – 2NDE1']);
      const withArchived = await list({ filter: { includeArchived: true, search: '2NDE1' } });
      expect(names(withArchived)).toEqual(['Rentrée 2025 – 2NDE1', 'Rentrée – 2NDE1']);
    });

    it('shows the list to the support team, and to no one outside the school', async () => {
      expect((await list({}, schools.people.support.token)).totalCount).toBe(5);
      for (const outsider of [schools.people.otherSchool, schools.people.learner]) {
        const response = await api.gql(LIST, { id: String(schools.lyceeId) }, { token: outsider.token });
        expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(JSON.stringify(response)).not.toContain('Rentrée');
      }
    });
  });
});
