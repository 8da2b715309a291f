import { Client } from 'pg';
import { buildUser } from '../../src/shared/infrastructure/factories/database-builder';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';

const CREATE = `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name type uai isManagingStudents } }`;
const ADD = `mutation A($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { id role } }`;
const ORGANIZATION = `query O($id: ID!) { organization(id: $id) { id name uai memberships { role user { firstName lastName } } } }`;
const ACTIVATE = `mutation R($input: OrganizationActivationInput!) { requestOrganizationActivation(input: $input) }`;
const ACCEPT = `mutation Acc($code: String!) { acceptOrganizationInvitation(code: $code) { role organization { name } } }`;

describe('organisations, members and activation by UAI', () => {
  let api: TestApi;
  let db: Client;
  const clock = new TestClock();
  const accounts: Record<string, { token: string; email: string }> = {};

  const account = async (name: string, platformRole: 'SUPPORT' | null = null) => {
    const user = await buildUser(api.platform.services.orm.em.fork(), { firstName: name, lastName: 'Test', platformRole });
    const login = await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`);
    accounts[name] = { token: login.data!.logIn.accessToken, email: user.email! };
    return accounts[name];
  };
  const lastMail = async () => (await db.query('select recipient, subject, text from outbox_emails order by id desc limit 1')).rows[0];

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 24 * 3600) } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    await account('Support', 'SUPPORT');
    await account('Proviseure');
    await account('Professeur');
    await account('Intrus');
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  let lyceeId: string;

  it('lets the platform team create a school, and nobody else', async () => {
    const input = { name: 'Lycée Victor Hugo', type: 'SCO', uai: ' 0751234a ', email: 'ce.0751234A@ac-paris.fr' };
    const refused = await api.gql(CREATE, { input }, { token: accounts.Proviseure.token });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const created = (await api.gql(CREATE, { input }, { token: accounts.Support.token })).data!.createOrganization;
    expect(created).toMatchObject({ name: 'Lycée Victor Hugo', type: 'SCO', uai: '0751234A', isManagingStudents: true });
    lyceeId = created.id;
    const again = await api.gql(CREATE, { input }, { token: accounts.Support.token });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uai' });
    const badUai = await api.gql(CREATE, { input: { ...input, uai: '75123' } }, { token: accounts.Support.token });
    expect(badUai.errors![0].message).toBe("L'UAI doit compter 7 chiffres suivis d'une lettre (exemple : 0751234A).");
  });

  it('says plainly when a UAI is not recognised, without more', async () => {
    const unknown = await api.gql(ACTIVATE, { input: { uai: '0999999Z', firstName: 'Anne', lastName: 'Leroy' } });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(unknown.errors![0].message).toContain("Cet UAI n'est pas reconnu");
  });

  it('activates a school: the link goes to its official address only, and makes the first member an administrator', async () => {
    const response = await api.gql(ACTIVATE, { input: { uai: '0751234a', firstName: 'Anne', lastName: 'Leroy' } });
    expect(response.data!.requestOrganizationActivation).toBe(true);
    expect(JSON.stringify(response)).not.toContain('ac-paris');
    const mail = await lastMail();
    expect(mail.recipient).toBe('ce.0751234a@ac-paris.fr');
    expect(mail.text).toContain('Anne Leroy demande à activer l’espace Pix Orga de Lycée Victor Hugo');
    const code = /code=([A-Z]{10})/.exec(mail.text)![1];

    const accepted = await api.gql(ACCEPT, { code: code.toLowerCase() }, { token: accounts.Proviseure.token });
    expect(accepted.data!.acceptOrganizationInvitation).toEqual({ role: 'ADMIN', organization: { name: 'Lycée Victor Hugo' } });
    const reused = await api.gql(ACCEPT, { code }, { token: accounts.Intrus.token });
    expect(reused.errors![0].extensions!.code).toBe('INVITATION_INVALID');
  });

  it('refuses an invitation past its 7 days', async () => {
    await api.gql(ACTIVATE, { input: { uai: '0751234A', firstName: 'Paul', lastName: 'Martin' } });
    const code = /code=([A-Z]{10})/.exec((await lastMail()).text)![1];
    clock.advance(8 * 24 * 3600);
    expect((await api.gql(ACCEPT, { code }, { token: accounts.Intrus.token })).errors![0].extensions!.code).toBe('INVITATION_INVALID');
  });

  it('shows the organisation to its members only, with their roles, in constant SQL statements', async () => {
    await api.gql(ADD, { input: { organizationId: lyceeId, email: accounts.Professeur.email, role: 'MEMBER' } }, { token: accounts.Support.token });
    const seen = await api.gql(ORGANIZATION, { id: lyceeId }, { token: accounts.Professeur.token });
    expect(seen.data!.organization.memberships).toEqual([
      { role: 'ADMIN', user: { firstName: 'Proviseure', lastName: 'Test' } },
      { role: 'MEMBER', user: { firstName: 'Professeur', lastName: 'Test' } },
    ]);
    const statements = Number(seen.headers.get('x-sql-statements'));
    for (let i = 0; i < 5; i += 1) {
      const extra = await buildUser(api.platform.services.orm.em.fork(), { firstName: `Collègue${i}` });
      await api.gql(ADD, { input: { organizationId: lyceeId, email: extra.email, role: 'MEMBER' } }, { token: accounts.Support.token });
    }
    const bigger = await api.gql(ORGANIZATION, { id: lyceeId }, { token: accounts.Professeur.token });
    expect(bigger.data!.organization.memberships).toHaveLength(7);
    expect(Number(bigger.headers.get('x-sql-statements'))).toBe(statements);

    const intruder = await api.gql(ORGANIZATION, { id: lyceeId }, { token: accounts.Intrus.token });
    expect(intruder.errors![0].extensions!.code).toBe('FORBIDDEN');
    const mine = await api.gql(`{ me { memberships { role organization { name } } } }`, {}, { token: accounts.Professeur.token });
    expect(mine.data!.me.memberships).toEqual([{ role: 'MEMBER', organization: { name: 'Lycée Victor Hugo' } }]);
  });

  it('refuses to add an unknown account', async () => {
    const unknown = await api.gql(ADD, { input: { organizationId: lyceeId, email: 'personne@example.fr', role: 'MEMBER' } }, { token: accounts.Support.token });
    expect(unknown.errors![0].message).toBe("Aucun compte n'utilise cette adresse e-mail : la personne doit d'abord créer son compte.");
  });

  it('throttles activation requests from one address', async () => {
    clock.advance(2 * 3600);
    const codes: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      const response = await api.gql(ACTIVATE, { input: { uai: '0999999Z', firstName: 'Robot', lastName: 'Robot' } });
      codes.push(response.errors![0].extensions!.code);
    }
    expect(codes.slice(0, 10).every((c) => c === 'NOT_FOUND')).toBe(true);
    expect(codes[10]).toBe('TOO_MANY_ATTEMPTS');
  });
});
