import { buildAssessmentCampaign } from '../helpers/participation-fixtures';
import { buildResultsCampaign, type ResultsCampaignFixture } from '../helpers/results-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const STATS = `query S($id: ID!) { campaign(id: $id) { id participationStats { total started toShare shared } } }`;
const LIST = `query L($id: ID!, $first: Int, $after: String, $offset: Int, $filter: CampaignParticipationFilter) { campaign(id: $id) { id
  participations(first: $first, after: $after, offset: $offset, filter: $filter) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id status progress masteryRate sharedAt participantExternalId participant { firstName lastName division } } } } } }`;
const COLLECTIVE = `query C($id: ID!) { campaign(id: $id) { id collectiveResults { sharedParticipationsCount
  competences { competence { code name } areaCode areaName targetedSkillsCount validatedSkillsCount averageValidatedSkills masteryRate } } } }`;
const ANALYSIS = `query A($id: ID!) { campaign(id: $id) { id analysis { tubes {
  tube { id name practicalTitle } competence { code name } averageScore level levelLabel tutorials { id title link duration format source } } } } }`;

/** "Activité", "Participants", "Résultats collectifs" and "Analyse" of a campaign, against hand-computed figures. */
describe('campaign results in Orga', () => {
  let api: TestApi;
  let schools: Schools;
  let campaign: ResultsCampaignFixture;
  let teacher: string;

  beforeAll(async () => {
    api = await startTestApi();
    schools = await buildSchools(api);
    campaign = await buildResultsCampaign(api, schools);
    teacher = schools.people.teacher.token;
  });
  afterAll(() => api.stop());

  const list = async (variables: Record<string, unknown>, token = teacher) => {
    const response = await api.gql(LIST, { id: String(campaign.id), ...variables }, { token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return { page: response.data!.campaign.participations, statements: Number(response.headers.get('x-sql-statements')) };
  };
  const names = (page: any) => page.edges.map((e: any) => e.node.participant.firstName);

  it('splits the participations by state for "Activité", in one SQL statement beside the campaign and the memberships', async () => {
    const response = await api.gql(STATS, { id: String(campaign.id) }, { token: teacher });
    expect(response.data!.campaign.participationStats).toEqual({ total: 5, started: 2, toShare: 1, shared: 2 });
    expect(Number(response.headers.get('x-sql-statements'))).toBe(3);
  });

  it('gives the participants and the sent results of every campaign of the campaigns list, in one SQL statement for the whole page', async () => {
    const CAMPAIGNS = `query O($id: ID!, $first: Int!) { organization(id: $id) { campaigns(first: $first) { edges { node { id participationStats { total shared } } } } } }`;
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id });
    const one = await api.gql(CAMPAIGNS, { id: String(schools.lyceeId), first: 1 }, { token: teacher });
    const all = await api.gql(CAMPAIGNS, { id: String(schools.lyceeId), first: 50 }, { token: teacher });
    const edges = all.data!.organization.campaigns.edges.map((edge: any) => edge.node);
    expect(edges.length).toBeGreaterThanOrEqual(3);
    expect(edges.find((node: any) => node.id === String(campaign.id)).participationStats).toEqual({ total: 5, shared: 2 });
    expect(edges.some((node: any) => node.participationStats.total === 0 && node.participationStats.shared === 0)).toBe(true);
    // No statement per campaign: as many for a page of 1 as for the whole list.
    expect(Number(all.headers.get('x-sql-statements'))).toBe(Number(one.headers.get('x-sql-statements')));
  });

  it('lists the participations alphabetically (last name, first name, in French order) with the pupil, the progress and what was sent', async () => {
    const { page } = await list({ first: 10 });
    expect(page.totalCount).toBe(5);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.edges.map((e: any) => [e.node.participant.firstName, e.node.status, e.node.progress])).toEqual([
      ['David', 'STARTED', 40],
      ['Chloé', 'TO_SHARE', 100],
      ['Alice', 'SHARED', 100],
      ['Bruno', 'SHARED', 100],
      ['Émile', 'STARTED', 0],
    ]);
    const alice = page.edges[2].node;
    expect(alice).toMatchObject({ id: String(campaign.ids.alice), participantExternalId: 'A-001', participant: { firstName: 'Alice', lastName: 'MARTIN', division: '2NDE1' } });
    expect(alice.masteryRate).toBeCloseTo(3 / 5, 6);
    expect(page.edges[1].node).toMatchObject({ masteryRate: null, sharedAt: null });
  });

  it('filters by class, state and words of a name or of the external identifier', async () => {
    expect(names((await list({ filter: { divisions: ['2NDE2'] } })).page)).toEqual(['David', 'Bruno', 'Émile']);
    expect(names((await list({ filter: { statuses: ['STARTED', 'TO_SHARE'], divisions: ['2NDE1'] } })).page)).toEqual(['Chloé']);
    expect(names((await list({ filter: { search: 'mart ali' } })).page)).toEqual(['Alice']);
    expect(names((await list({ filter: { search: 'b-002' } })).page)).toEqual(['Bruno']);
    expect((await list({ filter: { search: '100%_' } })).page.totalCount).toBe(0);
    const tooMany = await api.gql(LIST, { id: String(campaign.id), filter: { divisions: Array.from({ length: 101 }, (_, i) => `C${i}`) } }, { token: teacher });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'divisions' });
  });

  it('pages with cursors or offsets, and the SQL statements do not depend on the page size', async () => {
    const first = await list({ first: 2 });
    expect(names(first.page)).toEqual(['David', 'Chloé']);
    expect(first.page.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.page.pageInfo.endCursor });
    expect(names(second.page)).toEqual(['Alice', 'Bruno']);
    expect(names((await list({ first: 2, offset: 4 })).page)).toEqual(['Émile']);
    const whole = await list({ first: 100 });
    // memberships, campaign, page, count, pupils (one loader), progress of the tests in progress (one loader)
    expect(first.statements).toBe(6);
    expect(whole.statements).toBe(first.statements);
  });

  it('sums the validated skills of the shared participations per competence ("Résultats collectifs")', async () => {
    const response = await api.gql(COLLECTIVE, { id: String(campaign.id) }, { token: schools.people.admin.token });
    const results = response.data!.campaign.collectiveResults;
    expect(results.sharedParticipationsCount).toBe(2);
    expect(results.competences).toEqual([
      {
        competence: { code: '1.1', name: "Mener une recherche et une veille d'information" },
        areaCode: '1',
        areaName: 'Information et données',
        targetedSkillsCount: 3,
        validatedSkillsCount: 3,
        averageValidatedSkills: 1.5,
        masteryRate: 0.5,
      },
      {
        competence: { code: '4.2', name: 'Protéger les données personnelles et la vie privée' },
        areaCode: '4',
        areaName: 'Protection et sécurité',
        targetedSkillsCount: 2,
        validatedSkillsCount: 1,
        averageValidatedSkills: 0.5,
        masteryRate: 0.25,
      },
    ]);
    // memberships, campaign, campaign skills, the sums
    expect(Number(response.headers.get('x-sql-statements'))).toBe(4);
  });

  it('ranks the tubes to work on ("Analyse") with their tutorials, in the viewer\'s language', async () => {
    const response = await api.gql(ANALYSIS, { id: String(campaign.id) }, { token: teacher });
    const { tubes } = response.data!.campaign.analysis;
    // tracesNumeriques: Alice 20 + 20 + 10 + 5 = 55, Bruno 20 → 37.5; moteurRecherche: Alice 76.67, Bruno 55 → 65.83
    expect(tubes.map((t: any) => [t.tube.id, t.competence.code, t.level, t.levelLabel])).toEqual([
      ['tracesNumeriques', '4.2', 3, 'Fortement recommandé'],
      ['moteurRecherche', '1.1', 2, 'Recommandé'],
    ]);
    expect(tubes[0].averageScore).toBeCloseTo(37.5, 6);
    expect(tubes[1].averageScore).toBeCloseTo((230 / 3 + 55) / 2, 6);
    expect(tubes[0].tube).toEqual({ id: 'tracesNumeriques', name: expect.any(String), practicalTitle: 'Traces de navigation et cookies' });
    expect(tubes[0].tutorials.map((t: any) => t.id)).toEqual(['tuto-tracesNumeriques-cookie', 'tuto-tracesNumeriques-navigationPrivee']);
    expect(tubes[1].tutorials.map((t: any) => t.id)).toEqual(['tuto-moteurRecherche-principe', 'tuto-moteurRecherche-affiner']);
    expect(tubes[1].tutorials[0]).toMatchObject({ title: expect.any(String), link: expect.stringMatching(/^https?:\/\//), duration: expect.any(Number) });
    const english = await api.gql(ANALYSIS, { id: String(campaign.id) }, { token: teacher, headers: { 'accept-language': 'en' } });
    expect(english.data!.campaign.analysis.tubes.map((t: any) => t.levelLabel)).toEqual(['Strongly recommended', 'Recommended']);
  });

  it('shows the support team everything, and a teacher of another school nothing, whatever field is asked', async () => {
    expect((await api.gql(STATS, { id: String(campaign.id) }, { token: schools.people.support.token })).data!.campaign.participationStats.total).toBe(5);
    for (const token of [schools.people.otherSchool.token, schools.people.learner.token]) {
      for (const query of [STATS, LIST, COLLECTIVE, ANALYSIS, `query U($id: ID!) { campaign(id: $id) { csvExportUrl } }`]) {
        const response = await api.gql(query, { id: String(campaign.id) }, { token });
        expect(response.data).toBeNull();
        expect(response.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(JSON.stringify(response)).not.toMatch(/MARTIN|Alice|A-001/);
      }
    }
  });

  it('has no collective results nor analysis for a profiles collection, and empty ones before any sharing', async () => {
    const { data } = await api.gql(`query O($id: ID!) { organization(id: $id) { campaigns(first: 10) { edges { node { id type } } } } }`, { id: String(schools.lyceeId) }, { token: teacher });
    const collection = data!.organization.campaigns.edges.find((e: any) => e.node.type === 'PROFILES_COLLECTION').node;
    const response = await api.gql(`query C($id: ID!) { campaign(id: $id) { collectiveResults { sharedParticipationsCount } analysis { tubes { level } } participationStats { shared } } }`, { id: collection.id }, { token: teacher });
    expect(response.data!.campaign).toEqual({ collectiveResults: null, analysis: null, participationStats: { shared: 1 } });

    const fresh = await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id });
    const empty = await api.gql(COLLECTIVE.replace('collectiveResults', 'analysis { tubes { level } } collectiveResults'), { id: String(fresh.id) }, { token: teacher });
    expect(empty.data!.campaign.analysis).toEqual({ tubes: [] });
    expect(empty.data!.campaign.collectiveResults.sharedParticipationsCount).toBe(0);
    expect(empty.data!.campaign.collectiveResults.competences.map((c: any) => [c.competence.code, c.validatedSkillsCount, c.averageValidatedSkills, c.masteryRate])).toEqual([
      ['1.1', 0, 0, 0],
      ['4.2', 0, 0, 0],
    ]);
  });
});
