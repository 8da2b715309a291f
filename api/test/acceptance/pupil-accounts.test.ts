import { Client } from 'pg';
import { buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';

const GENERATE = `mutation G($o: ID!, $ids: [ID!]!) { generateUsernamesWithTemporaryPasswords(organizationId: $o, learnerIds: $ids) {
  credentials { username temporaryPassword learner { id firstName lastName authenticationMethods } } alreadyWithUsername { id username }
  accountsNotManaged { reason learner { id } } csv fileName } }`;
const RESET = `mutation R($o: ID!, $l: ID!) { resetLearnerPassword(organizationId: $o, learnerId: $l) { username temporaryPassword } }`;
const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken user { firstName mustChangePassword } } }`;
const CHANGE = `mutation C($t: String!, $p: String!) { changeExpiredPassword(input: { passwordChangeToken: $t, newPassword: $p }) { accessToken user { firstName mustChangePassword } } }`;
const LEARNERS = `query O($id: ID!, $order: LearnerOrder) { organization(id: $id) { learners(first: 10, orderBy: $order) { edges { node { lastName username authenticationMethods } } } } }`;

describe("pupils' usernames and temporary passwords", () => {
  let api: TestApi;
  let db: Client;
  let lyceeId: string;
  const pupils: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const token = async (user: { email: string | null; password: string }) =>
    (await api.gql(LOG_IN, { login: user.email, password: user.password })).data!.logIn.accessToken as string;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const college = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
    lyceeId = String(lycee.id);
    const [admin, member, outsider, withEmail] = await Promise.all([
      buildUser(em),
      buildUser(em),
      buildUser(em),
      buildUser(em, { firstName: 'Inès', lastName: 'Benali', email: 'ines.benali@example.net' }),
    ]);
    await buildUser(em, { firstName: 'Autre', lastName: 'Éloïse', username: 'eloise.darcy0503', email: null });
    const taken = await buildUser(em, { firstName: 'Jean', lastName: 'Martin', username: 'jean.martin0101', email: null });
    await buildMembership(em, lycee.id, admin.id, 'ADMIN');
    await buildMembership(em, lycee.id, member.id, 'MEMBER');
    await buildMembership(em, college.id, outsider.id, 'ADMIN');
    pupils.eloise = String(await buildOrganizationLearner(em, lycee.id, { firstName: 'Éloïse', lastName: "D'ARCY", birthdate: '2010-03-05', division: '2NDE1' }));
    pupils.jeanEtienne = String(
      await buildOrganizationLearner(em, lycee.id, { firstName: 'Jean-Étienne', lastName: 'DUPONT MORETTI', birthdate: '2010-03-07', division: '2NDE1' }),
    );
    pupils.ines = String(await buildOrganizationLearner(em, lycee.id, { firstName: 'Inès', lastName: 'BENALI', birthdate: '2009-11-21', division: '1G1', userId: withEmail.id }));
    pupils.jean = String(await buildOrganizationLearner(em, lycee.id, { firstName: 'Jean', lastName: 'MARTIN', birthdate: '2009-01-01', division: '1G1', userId: taken.id }));
    pupils.collegien = String(await buildOrganizationLearner(em, college.id, { firstName: 'Noé', lastName: 'PETIT', birthdate: '2012-06-02', division: '6A' }));
    tokens.admin = await token(admin);
    tokens.member = await token(member);
    tokens.outsider = await token(outsider);
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  const userCount = async () => Number((await db.query('select count(*) from users')).rows[0].count);

  it('refuses members, other schools and pupils of another school, writing nothing', async () => {
    const before = await userCount();
    const ids = [pupils.eloise];
    expect((await api.gql(GENERATE, { o: lyceeId, ids }, { token: tokens.member })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(GENERATE, { o: lyceeId, ids }, { token: tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const mixed = await api.gql(GENERATE, { o: lyceeId, ids: [pupils.eloise, pupils.collegien] }, { token: tokens.admin });
    expect(mixed.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(mixed.errors![0].message).toContain("n'est pas (ou plus) un élève de cet établissement");
    expect((await api.gql(RESET, { o: lyceeId, l: pupils.jean }, { token: tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await userCount()).toBe(before);
  });

  it('gives usernames by the rules, with random digits when taken, and a sheet to hand out', async () => {
    const ids = [pupils.eloise, pupils.jeanEtienne, pupils.ines, pupils.jean];
    const result = (await api.gql(GENERATE, { o: lyceeId, ids }, { token: tokens.admin })).data!.generateUsernamesWithTemporaryPasswords;
    const byName = Object.fromEntries(result.credentials.map((c: any) => [c.learner.firstName, c]));
    expect(Object.keys(byName).sort()).toEqual(['Jean-Étienne', 'Éloïse']);
    expect(byName['Jean-Étienne'].username).toBe('jeanetienne.dupontmoretti0703');
    expect(byName['Jean-Étienne'].learner.authenticationMethods).toEqual(['USERNAME']);
    expect(byName['Éloïse'].username).toMatch(/^eloise\.darcy\d{4}$/);
    expect(byName['Éloïse'].username).not.toBe('eloise.darcy0503');
    expect(result.alreadyWithUsername).toEqual([{ id: pupils.jean, username: 'jean.martin0101' }]);
    // Inès logs in with her own e-mail account: the school leaves it alone (pupil-account-ownership.test.ts).
    expect(result.accountsNotManaged).toEqual([{ reason: 'EMAIL_ACCOUNT', learner: { id: pupils.ines } }]);
    expect(result.fileName).toMatch(/^identifiants-eleves-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = result.csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFClasse;Nom;Prénom;Date de naissance;Identifiant;Mot de passe provisoire');
    expect(lines).toContain(`2NDE1;DUPONT MORETTI;Jean-Étienne;07/03/2010;jeanetienne.dupontmoretti0703;${byName['Jean-Étienne'].temporaryPassword}`);
    pupils.jeanEtienneLogin = byName['Jean-Étienne'].username;
    pupils.jeanEtiennePassword = byName['Jean-Étienne'].temporaryPassword;
    const { edges } = (await api.gql(LEARNERS, { id: lyceeId, order: { field: 'LAST_NAME', direction: 'DESC' } }, { token: tokens.member })).data!.organization.learners;
    expect(edges.map((e: any) => e.node.lastName)).toEqual(['MARTIN', 'DUPONT MORETTI', "D'ARCY", 'BENALI']);
    expect(edges[1].node).toMatchObject({ username: 'jeanetienne.dupontmoretti0703', authenticationMethods: ['USERNAME'] });
  });

  it('asks the pupil for a new password at first log-in, then opens the session', async () => {
    const first = await api.gql(LOG_IN, { login: pupils.jeanEtienneLogin, password: pupils.jeanEtiennePassword });
    expect(first.data).toBeNull();
    expect(first.errors![0]).toMatchObject({ message: 'Vous devez choisir un nouveau mot de passe avant de continuer.', extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const changeToken = first.errors![0].extensions!.passwordChangeToken as string;
    const same = await api.gql(CHANGE, { t: changeToken, p: pupils.jeanEtiennePassword });
    expect(same.errors![0].message).toBe('Le nouveau mot de passe doit être différent du mot de passe provisoire.');
    const weak = await api.gql(CHANGE, { t: changeToken, p: 'court' });
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const changed = await api.gql(CHANGE, { t: changeToken, p: 'Nouveau2026' });
    expect(changed.data!.changeExpiredPassword.user).toEqual({ firstName: 'Jean-Étienne', mustChangePassword: false });
    expect((await api.gql(CHANGE, { t: changeToken, p: 'Autre2026x' })).errors![0].extensions!.code).toBe('INVALID_TOKEN');
    expect((await api.gql(LOG_IN, { login: pupils.jeanEtienneLogin, password: 'Nouveau2026' })).data!.logIn.user.mustChangePassword).toBe(false);
    expect((await api.gql(LOG_IN, { login: pupils.jeanEtienneLogin, password: pupils.jeanEtiennePassword })).errors![0].extensions!.code).toBe(
      'INVALID_CREDENTIALS',
    );
  });

  it('lets an administrator reset the password of a pupil who logs in with a username', async () => {
    const reset = (await api.gql(RESET, { o: lyceeId, l: pupils.jeanEtienne }, { token: tokens.admin })).data!.resetLearnerPassword;
    expect(reset.username).toBe('jeanetienne.dupontmoretti0703');
    expect((await api.gql(LOG_IN, { login: reset.username, password: 'Nouveau2026' })).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect((await api.gql(LOG_IN, { login: reset.username, password: reset.temporaryPassword })).errors![0].extensions!.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await api.gql(RESET, { o: lyceeId, l: pupils.jeanEtienne }, { token: tokens.member })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
