import { buildAssessmentCampaign, SMALL_PARCOURS } from '../helpers/participation-fixtures';
import { participate, pupilWithAccount } from '../helpers/results-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LEARNERS = `query L($id: ID!, $f: LearnerFilter, $o: LearnerOrder) { organization(id: $id) { divisions
  learners(first: 50, filter: $f, orderBy: $o) { totalCount edges { node { firstName lastName division } } } } }`;
const PARTICIPANTS = `query P($id: ID!, $filter: CampaignParticipationFilter) { campaign(id: $id) { id
  participations(first: 50, filter: $filter) { totalCount edges { node { participant { firstName lastName } } } } } }`;
const USERS = `query U($search: String) { users(first: 50, search: $search) { totalCount edges { node { firstName lastName } } } }`;

/**
 * Pupils of one class of the lycée, created in this order (the newest last). In byte order ÉTIENNE would
 * come after TRAORÉ and "coeurdevey" would not find CŒURDEVEY; a French reader expects neither.
 */
const PUPILS = [
  { firstName: 'Zoé', lastName: 'TRAORÉ' },
  { firstName: 'Bérénice', lastName: 'CŒURDEVEY' },
  { firstName: 'Paul', lastName: 'ÉTIENNE' },
  { firstName: 'Fanny', lastName: 'FAURE' },
  { firstName: 'Étienne', lastName: 'EMERY' },
  { firstName: 'bérénice', lastName: 'ADAM' },
];
const FRENCH_ORDER = ['ADAM', 'CŒURDEVEY', 'EMERY', 'ÉTIENNE', 'FAURE', 'TRAORÉ'];

/** Issue 14, point 1: every search ignores case, accents and œ/æ; names sort in French order; all in PostgreSQL. */
describe('search and sort in French', () => {
  let api: TestApi;
  let schools: Schools;
  let campaignId: number;

  beforeAll(async () => {
    api = await startTestApi();
    schools = await buildSchools(api);
    const campaign = await buildAssessmentCampaign(api, {
      organizationId: schools.lyceeId,
      creatorId: schools.people.teacher.id,
      name: 'Élan – 1ÈRE',
      code: 'FRENCH234',
      tubes: SMALL_PARCOURS,
    });
    campaignId = campaign.id;
    let day = 1;
    for (const names of PUPILS) {
      const pupil = await pupilWithAccount(api, schools.lyceeId, { ...names, division: '1ERE9' });
      await participate(api, { campaignId, userId: pupil.userId, organizationLearnerId: pupil.learnerId, status: 'STARTED', createdAt: new Date(Date.UTC(2026, 8, day++)) });
    }
  });
  afterAll(() => api.stop());

  const learners = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) => {
    const response = await api.gql(LEARNERS, { id: String(schools.lyceeId), f: { division: '1ERE9', ...filter }, o: orderBy }, { token: schools.people.teacher.token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const page = response.data!.organization.learners;
    return { lastNames: page.edges.map((e: any) => e.node.lastName), totalCount: page.totalCount, statements: Number(response.headers.get('x-sql-statements')) };
  };
  const participants = async (search?: string) => {
    const response = await api.gql(PARTICIPANTS, { id: String(campaignId), filter: search === undefined ? undefined : { search } }, { token: schools.people.teacher.token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    const page = response.data!.campaign.participations;
    return { lastNames: page.edges.map((e: any) => e.node.participant.lastName), totalCount: page.totalCount, statements: Number(response.headers.get('x-sql-statements')) };
  };

  it('"Élèves": a search ignores case, accents and œ, and the statement count does not change', async () => {
    const all = await learners({});
    for (const search of ['berenice', 'BERENICE', 'Bérénice', 'BÉRÉNICE']) {
      const found = await learners({ search });
      expect([search, found.lastNames]).toEqual([search, ['ADAM', 'CŒURDEVEY']]);
      expect(found.statements).toBe(all.statements);
    }
    expect((await learners({ search: 'coeurdevey' })).lastNames).toEqual(['CŒURDEVEY']);
    expect((await learners({ search: 'Cœur' })).lastNames).toEqual(['CŒURDEVEY']);
    expect((await learners({ search: 'etienne' })).lastNames).toEqual(['EMERY', 'ÉTIENNE']);
    expect((await learners({ search: 'traore' })).lastNames).toEqual(['TRAORÉ']);
    // What is typed is text, never a wildcard.
    expect((await learners({ search: 'e%e' })).totalCount).toBe(0);
    expect((await learners({ search: '_' })).totalCount).toBe(0);
  });

  it('"Élèves": names sort in French order, both ways', async () => {
    expect((await learners({})).lastNames).toEqual(FRENCH_ORDER);
    expect((await learners({}, { field: 'LAST_NAME', direction: 'ASC' })).lastNames).toEqual(FRENCH_ORDER);
    expect((await learners({}, { field: 'LAST_NAME', direction: 'DESC' })).lastNames).toEqual([...FRENCH_ORDER].reverse());
    const byFirstName = await learners({}, { field: 'FIRST_NAME', direction: 'ASC' });
    // bérénice ADAM and Bérénice CŒURDEVEY side by side, Étienne between Bérénice and Fanny.
    expect(byFirstName.lastNames).toEqual(['ADAM', 'CŒURDEVEY', 'EMERY', 'FAURE', 'ÉTIENNE', 'TRAORÉ']);
  });

  it('"Participants": alphabetical by default, and a search ignores case, accents and œ with the same statements', async () => {
    const all = await participants();
    expect(all.lastNames).toEqual(FRENCH_ORDER);
    // memberships, campaign, page, count, pupils (one loader): as before the rule (progress is not asked for here).
    expect(all.statements).toBe(5);
    for (const search of ['berenice', 'BERENICE', 'Bérénice']) {
      const found = await participants(search);
      expect([search, found.lastNames]).toEqual([search, ['ADAM', 'CŒURDEVEY']]);
      expect(found.statements).toBe(all.statements);
    }
    expect((await participants('coeurdevey')).lastNames).toEqual(['CŒURDEVEY']);
    expect((await participants('etienne')).lastNames).toEqual(['EMERY', 'ÉTIENNE']);
    expect((await participants('etienne emery')).lastNames).toEqual(['EMERY']);
  });

  it('the support team finds accounts the same way, sorted in French order', async () => {
    const response = await api.gql(USERS, { search: 'berenice' }, { token: schools.people.support.token });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    expect(response.data!.users.edges.map((e: any) => e.node.lastName)).toEqual(['ADAM', 'CŒURDEVEY']);
    const all = await api.gql(USERS, { search: 'E' }, { token: schools.people.support.token });
    const lastNames: string[] = all.data!.users.edges.map((e: any) => e.node.lastName);
    expect(lastNames.indexOf('ÉTIENNE')).toBeGreaterThan(lastNames.indexOf('EMERY'));
    expect(lastNames.indexOf('ÉTIENNE')).toBeLessThan(lastNames.indexOf('FAURE'));
    expect((await api.gql(USERS, { search: 'cœurdevey' }, { token: schools.people.support.token })).data!.users.totalCount).toBe(1);
  });

  it('finds a campaign by its name whatever the accents', async () => {
    const response = await api.gql(
      `query C($id: ID!, $f: CampaignFilter) { organization(id: $id) { campaigns(first: 10, filter: $f) { edges { node { name } } } } }`,
      { id: String(schools.lyceeId), f: { search: 'ELAN' } },
      { token: schools.people.teacher.token },
    );
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    expect(response.data!.organization.campaigns.edges.map((e: any) => e.node.name)).toEqual(['Élan – 1ÈRE']);
  });
});
