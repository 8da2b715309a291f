import { Client } from 'pg';
import { buildUser } from '../../src/seeds/database-builder';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const PROFILE_FIELDS = `id name category description comment imageUrl isPublic tubeCount skillCount estimatedQuestionCount isUsedByCampaigns
  tubes { tubeId title competenceCode levelCap skills { name level } } organizations { id name } campaigns { name organizationName }`;
const CREATE = `mutation C($input: CreateTargetProfileInput!) { createTargetProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const UPDATE = `mutation U($input: UpdateTargetProfileInput!) { updateTargetProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const COPY = `mutation K($id: ID!) { copyTargetProfile(id: $id) { ${PROFILE_FIELDS} } }`;
const ATTACH = `mutation A($input: TargetProfileOrganizationsInput!) { attachTargetProfileToOrganizations(input: $input) { organizations { name } } }`;
const DETACH = `mutation D($input: TargetProfileOrganizationsInput!) { detachTargetProfileFromOrganizations(input: $input) { organizations { name } } }`;
const LIST = `query S($filter: AdminTargetProfilesFilter) { adminTargetProfiles(first: 10, filter: $filter) { totalCount edges { node { id name category organizationCount campaignCount } } } }`;
const CREATE_CAMPAIGN = `mutation C($input: CreateCampaignInput!) { createCampaign(input: $input) { id targetProfile { name } } }`;

const THREE_TUBES = [
  { tubeId: 'fiabiliteSource', levelCap: 3 },
  { tubeId: 'moteurRecherche', levelCap: 2 },
  { tubeId: 'triFiltre', levelCap: 4 },
];

/** Pix Admin's target profiles (issue 16): the content team builds parcours and offers them to organisations, each action audited. */
describe('Pix Admin: target profiles', () => {
  let api: TestApi;
  let db: Client;
  let schools: Schools;
  let metier: string;
  const auditRows = async (action: string) => (await db.query('select target_id, organization_id, before, after from audit_log where action = $1 order by id', [action])).rows;
  const gql = (query: string, variables: Record<string, unknown>, token = metier, lang?: string) =>
    api.gql(query, variables, { token, headers: lang ? { 'accept-language': lang } : undefined });

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    schools = await buildSchools(api);
    const user = await buildUser(api.platform.services.orm.em.fork(), { firstName: 'Contenu', platformRole: 'METIER' });
    metier = (await api.gql(LOG_IN, { login: user.email, password: user.password })).data!.logIn.accessToken;
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('builds a private parcours from three tubes, attaches it to a school whose teacher then creates a campaign with it', async () => {
    const created = await gql(CREATE, { input: { name: ' Recherche et tableur ', category: 'CUSTOM', description: 'Pour la seconde', comment: 'Demande du lycée', tubes: THREE_TUBES } });
    expect(created.errors).toBeUndefined();
    const profile = created.data!.createTargetProfile;
    expect(profile).toMatchObject({ name: 'Recherche et tableur', isPublic: false, tubeCount: 3, skillCount: 3 + 2 + 4, estimatedQuestionCount: 3 + 2 + 3, organizations: [], isUsedByCampaigns: false });
    expect(profile.tubes.map((t: any) => [t.competenceCode, t.tubeId, t.levelCap, t.skills.map((s: any) => s.level)])).toEqual([
      ['1.1', 'fiabiliteSource', 3, [1, 2, 3]],
      ['1.1', 'moteurRecherche', 2, [1, 2]],
      ['1.3', 'triFiltre', 4, [1, 2, 3, 4]],
    ]);
    const campaign = { organizationId: String(schools.lyceeId), name: 'Seconde B', type: 'ASSESSMENT', targetProfileId: profile.id };
    const before = await gql(CREATE_CAMPAIGN, { input: campaign }, schools.people.teacher.token);
    expect(before.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'targetProfileId' });

    const attached = await gql(ATTACH, { input: { targetProfileId: profile.id, organizationIds: [String(schools.lyceeId), String(schools.lyceeId)] } });
    expect(attached.data!.attachTargetProfileToOrganizations.organizations).toEqual([{ name: 'Lycée Marie Curie' }]);
    const offered = await gql(`query O($id: ID!) { organization(id: $id) { targetProfiles { name } } }`, { id: String(schools.lyceeId) }, schools.people.teacher.token);
    expect(offered.data!.organization.targetProfiles.map((p: any) => p.name)).toContain('Recherche et tableur');
    const after = await gql(CREATE_CAMPAIGN, { input: campaign }, schools.people.teacher.token);
    expect(after.data!.createCampaign.targetProfile).toEqual({ name: 'Recherche et tableur' });

    expect(await auditRows('TARGET_PROFILE_CREATED')).toEqual([expect.objectContaining({ target_id: profile.id, organization_id: null, before: null })]);
    expect(await auditRows('TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS')).toEqual([{ target_id: profile.id, organization_id: schools.lyceeId, before: null, after: { organizationId: schools.lyceeId } }]);
    const list = await gql(LIST, { filter: { search: 'RECHERCHE et tab', category: 'CUSTOM' } }, schools.people.support.token);
    expect(list.data!.adminTargetProfiles).toEqual({ totalCount: 1, edges: [{ node: { id: profile.id, name: 'Recherche et tableur', category: 'CUSTOM', organizationCount: 1, campaignCount: 1 } }] });

    // Used by a campaign: it may gain skills, not lose any; a copy is free.
    const lowered = await gql(UPDATE, { input: { id: profile.id, name: 'Recherche et tableur', category: 'CUSTOM', tubes: THREE_TUBES.slice(1) } });
    expect(lowered.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'tubes' } });
    expect(lowered.errors![0].message).toContain('fiabiliteSource');
    const raised = await gql(UPDATE, { input: { id: profile.id, name: 'Recherche et tableur', category: 'CUSTOM', tubes: [...THREE_TUBES, { tubeId: 'veilleInformation', levelCap: 1 }] } });
    expect(raised.data!.updateTargetProfile).toMatchObject({ tubeCount: 4, isUsedByCampaigns: true, campaigns: [{ name: 'Seconde B', organizationName: 'Lycée Marie Curie' }] });
    const copy = (await gql(COPY, { id: profile.id })).data!.copyTargetProfile;
    expect(copy).toMatchObject({ name: 'Copie de Recherche et tableur', comment: 'Demande du lycée', tubeCount: 4, organizations: [], campaigns: [], isUsedByCampaigns: false });
    const trimmed = await gql(UPDATE, { input: { id: copy.id, name: 'Recherche seule', category: 'THEMATIC', imageUrl: 'https://images.example.fr/r.svg', tubes: THREE_TUBES.slice(0, 1) } });
    expect(trimmed.data!.updateTargetProfile).toMatchObject({ name: 'Recherche seule', category: 'THEMATIC', tubeCount: 1, skillCount: 3 });
    const [update] = await auditRows('TARGET_PROFILE_UPDATED');
    expect(update.after.tubes).toHaveLength(4);
    expect(update.before.tubes).toHaveLength(3);
    expect(await auditRows('TARGET_PROFILE_COPIED')).toHaveLength(1);

    const detached = await gql(DETACH, { input: { targetProfileId: profile.id, organizationIds: [String(schools.lyceeId)] } });
    expect(detached.data!.detachTargetProfileFromOrganizations.organizations).toEqual([]);
    expect(await auditRows('TARGET_PROFILE_DETACHED_FROM_ORGANIZATIONS')).toHaveLength(1);
  });

  it('refuses, with a translated message saying what to fix, no tube, a cap outside 1–8, an unknown tube, an unknown organisation; nothing is written', async () => {
    const count = async () => Number((await db.query('select count(*) from target_profiles')).rows[0].count);
    const initial = await count();
    const attempt = async (tubes: unknown[], lang = 'fr') => (await gql(CREATE, { input: { name: 'Essai', category: 'OTHER', tubes } }, metier, lang)).errors![0];
    expect((await attempt([])).message).toBe('Choisissez au moins un sujet et son niveau maximum.');
    expect((await attempt([{ tubeId: 'triFiltre', levelCap: 9 }])).message).toBe('Le niveau maximum du sujet triFiltre doit être compris entre 1 et 8.');
    expect((await attempt([{ tubeId: 'triFiltre', levelCap: 0 }], 'en')).message).toBe('The level cap of tube triFiltre must be between 1 and 8.');
    expect((await attempt([{ tubeId: 'inconnu', levelCap: 2 }])).message).toContain("Le sujet inconnu n'existe pas");
    expect(await count()).toBe(initial);
    const unknown = await gql(ATTACH, { input: { targetProfileId: String(schools.lyceeProfileId), organizationIds: [String(schools.collegeId), '999999'] } });
    expect(unknown.errors![0]).toMatchObject({ message: "Aucune organisation n'a l'identifiant 999999 : vérifiez les identifiants saisis.", extensions: { code: 'BAD_USER_INPUT' } });
    expect((await db.query('select count(*) from target_profile_shares where organization_id = $1', [schools.collegeId])).rows[0].count).toBe('0');
  });

  it("gives the builder the framework's tubes, their active skills and the estimated questions of each cap, in the viewer's language", async () => {
    const query = `{ targetProfileBuilderFramework { code name tubes { id title estimatedQuestionsByLevelCap skills { level } } } }`;
    const framework = (await gql(query, {})).data!.targetProfileBuilderFramework;
    expect(framework[0]).toMatchObject({ code: '1.1', name: "Mener une recherche et une veille d'information" });
    const tube = framework[0].tubes.find((t: { id: string }) => t.id === 'moteurRecherche');
    expect(tube).toEqual({ id: 'moteurRecherche', title: 'Moteur de recherche', estimatedQuestionsByLevelCap: [1, 2, 3, 3, 4, 4, 4, 4], skills: [1, 2, 3, 4, 5, 6].map((level) => ({ level })) });
    const english = (await gql(query, {}, metier, 'en')).data!.targetProfileBuilderFramework;
    expect(english[0].name).not.toBe(framework[0].name);
  });

  it('lets the support team read but not act', async () => {
    const read = await gql(`query R($id: ID!) { adminTargetProfile(id: $id) { name tubeCount } }`, { id: String(schools.lyceeProfileId) }, schools.people.support.token);
    expect(read.data!.adminTargetProfile.name).toBe('Lycée – Recherche au CDI');
    const refused = await gql(COPY, { id: String(schools.lyceeProfileId) }, schools.people.support.token);
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
