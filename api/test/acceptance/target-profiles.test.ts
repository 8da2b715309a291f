import { skillsOfTargetProfile } from '../../src/prescription/target-profile/domain/target-profile';
import { buildTargetProfileCatalogue, TARGET_PROFILE_CATALOGUE, tubesOfEntry } from '../../src/seeds/target-profile-catalogue';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const PROFILES = `query O($id: ID!) { organization(id: $id) { targetProfiles { id name category categoryLabel description tubeCount skillCount } } }`;

describe('the parcours an organisation may use', () => {
  let api: TestApi;
  let schools: Schools;

  beforeAll(async () => {
    api = await startTestApi();
    schools = await buildSchools(api);
  });
  afterAll(() => api.stop());

  it('offers its members the public catalogue and its own parcours, never another school’s', async () => {
    const response = await api.gql(PROFILES, { id: String(schools.lyceeId) }, { token: schools.people.teacher.token });
    const profiles = response.data!.organization.targetProfiles;
    const names = profiles.map((p: { name: string }) => p.name);
    expect(names).toHaveLength(TARGET_PROFILE_CATALOGUE.length + 1);
    expect(names).toContain('Lycée – Recherche au CDI');
    expect(names).not.toContain('Collège – Parcours secret');
    expect(names.slice(0, 2)).toEqual(['[CLG] Parcours de rentrée 3e', '[CLG] Parcours de rentrée 6e']);
    expect(profiles.find((p: { name: string }) => p.name === 'Les 16 compétences')).toMatchObject({ category: 'COMPETENCES', categoryLabel: 'Les 16 compétences' });
    expect(profiles.find((p: { name: string }) => p.name === 'Lycée – Recherche au CDI')).toMatchObject({ category: 'CUSTOM', categoryLabel: 'Parcours sur-mesure' });
  });

  it("counts the tubes and the active skills up to each tube's level", async () => {
    const content = api.platform.services.content.get();
    const entry = TARGET_PROFILE_CATALOGUE.find((e) => e.name === "Rechercher et évaluer l'information")!;
    const response = await api.gql(PROFILES, { id: String(schools.lyceeId) }, { token: schools.people.admin.token });
    const profile = response.data!.organization.targetProfiles.find((p: { name: string }) => p.name === entry.name);
    expect(profile).toEqual({
      id: String(schools.catalogue.get(entry.name)),
      name: entry.name,
      category: 'THEMATIC',
      categoryLabel: 'Thématiques',
      description: entry.description,
      tubeCount: 4,
      skillCount: skillsOfTargetProfile(content, tubesOfEntry(entry, content)).length,
    });
    expect(profile.skillCount).toBe(5 + 5 + 4 + 2);
  });

  it('speaks English on request', async () => {
    const response = await api.gql(PROFILES, { id: String(schools.lyceeId) }, { token: schools.people.admin.token, headers: { 'accept-language': 'en' } });
    expect(response.data!.organization.targetProfiles.find((p: { category: string }) => p.category === 'COMPETENCES').categoryLabel).toBe('The 16 competences');
  });

  it('shows them to the support team, and to no one outside the school', async () => {
    const support = await api.gql(PROFILES, { id: String(schools.lyceeId) }, { token: schools.people.support.token });
    expect(support.data!.organization.targetProfiles).toHaveLength(TARGET_PROFILE_CATALOGUE.length + 1);
    for (const outsider of [schools.people.otherSchool, schools.people.learner]) {
      const refused = await api.gql(PROFILES, { id: String(schools.lyceeId) }, { token: outsider.token });
      expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
  });

  it('loads the catalogue only once', async () => {
    const again = await buildTargetProfileCatalogue(api.platform.services.orm.em.fork(), api.platform.services.content.get());
    expect(again).toEqual(schools.catalogue);
  });
});
