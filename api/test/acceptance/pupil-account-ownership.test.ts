import { buildMembership, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildAssessmentCampaign, RECONCILE } from '../helpers/participation-fixtures';
import { buildSchools, type Schools } from '../helpers/school-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const SIGN_UP = `mutation S($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;
const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken user { id } } }`;
const GENERATE = `mutation G($o: ID!, $ids: [ID!]!) { generateUsernamesWithTemporaryPasswords(organizationId: $o, learnerIds: $ids) {
  credentials { username temporaryPassword learner { id } } alreadyWithUsername { id } csv } }`;
const GENERATE_WITH_REPORT = `mutation G($o: ID!, $ids: [ID!]!) { generateUsernamesWithTemporaryPasswords(organizationId: $o, learnerIds: $ids) {
  credentials { learner { id } } alreadyWithUsername { id } accountsNotManaged { reason message learner { id firstName accountManagedBySchool } } } }`;
const RESET = `mutation R($o: ID!, $l: ID!) { resetLearnerPassword(organizationId: $o, learnerId: $l) { username temporaryPassword } }`;
const LEARNERS = `query O($id: ID!) { organization(id: $id) { learners(first: 20) { edges { node { id firstName authenticationMethods accountManagedBySchool } } } } }`;

const EMAIL_MESSAGE = 'Cet élève se connecte avec son adresse e-mail : il peut utiliser « Mot de passe oublié ? ».';

/**
 * A school's administrators give usernames and temporary passwords to the accounts the school made
 * for its pupils, never to an account a person made for themself: that would let them log in as
 * that person (a learner with an e-mail address, a teacher, the platform team).
 */
describe("a school manages only the accounts it made for its pupils", () => {
  let api: TestApi;
  let schools: Schools;
  const learners: Record<string, string> = {};
  const ines = { email: 'ines.benali@example.net', password: 'MonSecret2026' };
  const staff = { email: 'thomas.support@example.net', password: 'Support2026x' };
  const hugo = { email: 'hugo.garcia@example.net', username: 'hugo.garcia1204', password: 'Hugo2026xx' };
  const em = () => api.platform.services.orm.em.fork();
  const logIn = (login: string, password: string) => api.gql(LOG_IN, { login, password });

  beforeAll(async () => {
    api = await startTestApi();
    schools = await buildSchools(api);
    await buildAssessmentCampaign(api, { organizationId: schools.lyceeId, creatorId: schools.people.teacher.id, code: 'GRVTEM234' });
    learners.ines = String(await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Inès', lastName: 'BENALI', birthdate: '2009-11-21', division: '1G1' }));
    learners.thomas = String(await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Thomas', lastName: 'LAMBERT', birthdate: '2009-04-02', division: '1G1' }));
    learners.noe = String(await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Noé', lastName: 'PETIT', birthdate: '2009-06-02', division: '1G1' }));
    // An account with an e-mail address to which an earlier generation gave a username too.
    const hugoAccount = await buildUser(em(), { firstName: 'Hugo', lastName: 'Garcia', email: hugo.email, username: hugo.username, password: hugo.password });
    learners.hugo = String(await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Hugo', lastName: 'GARCIA', birthdate: '2009-12-04', division: '1G1', userId: hugoAccount.id }));

    // Inès makes her own account, then joins a campaign of her school: her account is linked to the pupil.
    const signUp = await api.gql(SIGN_UP, { input: { firstName: 'Inès', lastName: 'Benali', email: ines.email, password: ines.password, cgu: true } });
    const reconciled = await api.gql(RECONCILE, { input: { campaignCode: 'GRVTEM234', firstName: 'Inès', lastName: 'Benali', birthdate: '2009-11-21' } }, { token: signUp.data!.signUp.accessToken });
    expect(reconciled.errors).toBeUndefined();
    // A member of the platform team who was a pupil of the school too (platform role, linked the same way).
    await buildUser(em(), { firstName: 'Thomas', lastName: 'Lambert', email: staff.email, password: staff.password, platformRole: 'SUPER_ADMIN' });
    const staffSession = await logIn(staff.email, staff.password);
    const staffReconciled = await api.gql(RECONCILE, { input: { campaignCode: 'GRVTEM234', firstName: 'Thomas', lastName: 'Lambert', birthdate: '2009-04-02' } }, { token: staffSession.data!.logIn.accessToken });
    expect(staffReconciled.errors).toBeUndefined();
  });
  afterAll(() => api.stop());

  it("leaves the password of a learner's own account working after the administrator's generation and reset", async () => {
    const admin = schools.people.admin.token;
    const generated = await api.gql(GENERATE, { o: String(schools.lyceeId), ids: [learners.ines, learners.thomas, learners.hugo, learners.noe] }, { token: admin });
    expect(generated.errors).toBeUndefined();
    const { credentials } = generated.data!.generateUsernamesWithTemporaryPasswords;
    // Only the pupil without an account gets one.
    expect(credentials.map((c: any) => c.learner.id)).toEqual([learners.noe]);
    expect(generated.data!.generateUsernamesWithTemporaryPasswords.csv).not.toContain('BENALI');

    for (const learnerId of [learners.ines, learners.thomas, learners.hugo]) {
      const reset = await api.gql(RESET, { o: String(schools.lyceeId), l: learnerId }, { token: admin });
      expect(reset.data).toBeNull();
      expect(reset.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'learnerId' });
    }

    expect((await logIn(ines.email, ines.password)).errors).toBeUndefined();
    expect((await logIn(staff.email, staff.password)).errors).toBeUndefined();
    expect((await logIn(hugo.email, hugo.password)).errors).toBeUndefined();
    expect((await logIn(hugo.username, hugo.password)).errors).toBeUndefined();
    // No username was given to Inès's account either.
    expect((await logIn('ines.benali2111', 'x')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
  });

  it('says why, for each such pupil, in the result and in the list of pupils', async () => {
    const admin = schools.people.admin.token;
    const generated = await api.gql(GENERATE_WITH_REPORT, { o: String(schools.lyceeId), ids: [learners.ines, learners.thomas, learners.hugo, learners.noe] }, { token: admin });
    const result = generated.data!.generateUsernamesWithTemporaryPasswords;
    expect(result.credentials).toEqual([]);
    expect(result.alreadyWithUsername).toEqual([{ id: learners.noe }]);
    const byName = Object.fromEntries(result.accountsNotManaged.map((u: any) => [u.learner.firstName, u]));
    expect(Object.keys(byName).sort()).toEqual(['Hugo', 'Inès', 'Thomas']);
    expect(byName['Inès']).toMatchObject({ reason: 'EMAIL_ACCOUNT', message: EMAIL_MESSAGE, learner: { accountManagedBySchool: false } });
    expect(byName.Thomas).toMatchObject({ reason: 'EMAIL_ACCOUNT', message: EMAIL_MESSAGE });

    const reset = await api.gql(RESET, { o: String(schools.lyceeId), l: learners.ines }, { token: admin });
    expect(reset.errors![0].message).toBe(EMAIL_MESSAGE);
    const english = await api.gql(RESET, { o: String(schools.lyceeId), l: learners.ines }, { token: admin, headers: { 'accept-language': 'en' } });
    expect(english.errors![0].message).toBe('This pupil logs in with their e-mail address: they can use "Forgot your password?".');

    const { edges } = (await api.gql(LEARNERS, { id: String(schools.lyceeId) }, { token: schools.people.teacher.token })).data!.organization.learners;
    const managed = Object.fromEntries(edges.map((e: any) => [e.node.firstName, e.node.accountManagedBySchool]));
    expect(managed).toEqual({ Hugo: false, Inès: false, Thomas: false, Noé: true });
  });

  it('refuses an account with no e-mail address that belongs to a member of an organisation', async () => {
    const teacher = await buildUser(em(), { firstName: 'Zoé', lastName: 'Faure', email: null, username: 'zoe.faure0707', password: 'Enseigne2026' });
    await buildMembership(em(), schools.collegeId, teacher.id, 'MEMBER');
    const learnerId = String(await buildOrganizationLearner(em(), schools.lyceeId, { firstName: 'Zoé', lastName: 'FAURE', birthdate: '2009-07-07', division: '1G1', userId: teacher.id }));
    const reset = await api.gql(RESET, { o: String(schools.lyceeId), l: learnerId }, { token: schools.people.admin.token });
    expect(reset.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'learnerId' } });
    expect(reset.errors![0].message).toContain("n'a pas été créé par l'établissement");
    expect((await logIn('zoe.faure0707', 'Enseigne2026')).errors).toBeUndefined();
  });
});
