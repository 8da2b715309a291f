import { Client } from 'pg';
import { buildUser } from '../../src/seeds/database-builder';
import { startTestApi, TestClock, type TestApi } from '../helpers/test-api';
import { emailsDelivered } from '../helpers/outbox';

const CREATE = `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name type uai isManagingStudents } }`;
const ADD = `mutation A($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { id role } }`;
const ORGANIZATION = `query O($id: ID!) { organization(id: $id) { id name uai memberships { role user { firstName lastName } } } }`;
const ACTIVATE = `mutation R($input: OrganizationActivationInput!) { requestOrganizationActivation(input: $input) }`;
const ORGANIZATION_IDS = `query O($id: ID!) { organization(id: $id) { memberships { id role user { firstName } } } }`;
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
  /** The last e-mail (to `recipient`): e-mails asked in one request leave in any order through the queue. */
  const lastMail = async (recipient?: string) => {
    await emailsDelivered(db);
    const { rows } = await db.query('select recipient, subject, text from outbox_emails where $1::text is null or recipient = $1 order by id desc limit 1', [recipient ?? null]);
    return rows[0];
  };

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
    expect(mail.text).toContain('L’activation de l’espace Pix Orga de l’établissement Lycée Victor Hugo (UAI 0751234A) a été demandée');
    // The requester's free text stays out of a message that carries an administrator link.
    expect(mail.text).not.toMatch(/Anne|Leroy/);
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

  it('lets an administrator run the team: invite, resend, cancel, promote, remove; never leaving it without an administrator', async () => {
    const admin = accounts.Proviseure.token;
    const member = accounts.Professeur.token;
    const INVITE = `mutation I($o: ID!, $e: [String!]!) { inviteMembers(organizationId: $o, emails: $e) { id email role } }`;
    expect((await api.gql(INVITE, { o: lyceeId, e: ['x@example.fr'] }, { token: member })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const wrong = await api.gql(INVITE, { o: lyceeId, e: ['ok@example.fr, pas-une-adresse'] }, { token: admin });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'emails' });
    expect(wrong.errors![0].message).toContain('« pas-une-adresse »');
    const invited = (await api.gql(INVITE, { o: lyceeId, e: ['Anna.Petit@example.fr, bob.roux@example.fr;anna.petit@example.fr'] }, { token: admin })).data!.inviteMembers;
    expect(invited.map((i: { email: string }) => i.email)).toEqual(['anna.petit@example.fr', 'bob.roux@example.fr']);
    const mail = await lastMail('bob.roux@example.fr');
    expect(mail).toMatchObject({ recipient: 'bob.roux@example.fr', subject: 'Invitation à rejoindre l’organisation Lycée Victor Hugo sur Pix Orga' });
    expect(mail.text).toContain('Vous êtes invité(e) à rejoindre l’organisation Lycée Victor Hugo sur Pix Orga avec le rôle « membre ».');
    const bobCode = /code=([A-Z]{10})/.exec(mail.text)![1];
    const preview = await api.gql(`query { organizationInvitation(code: "${bobCode}") { organizationName role } }`);
    expect(preview.data!.organizationInvitation).toEqual({ organizationName: 'Lycée Victor Hugo', role: 'MEMBER' });
    const pending = await api.gql(`query O($id: ID!) { organization(id: $id) { viewerRole invitations { id email } } }`, { id: lyceeId }, { token: admin });
    expect(pending.data!.organization.viewerRole).toBe('ADMIN');
    expect(pending.data!.organization.invitations).toHaveLength(2);
    expect((await api.gql(`query O($id: ID!) { organization(id: $id) { invitations { id } } }`, { id: lyceeId }, { token: member })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const bob = pending.data!.organization.invitations.find((i: { email: string }) => i.email === 'bob.roux@example.fr');
    await api.gql(`mutation { resendInvitation(invitationId: "${bob.id}") { id } }`, {}, { token: admin });
    expect((await lastMail('bob.roux@example.fr')).text).toContain(`code=${bobCode}`);
    expect((await api.gql(`mutation { cancelInvitation(invitationId: "${bob.id}") }`, {}, { token: admin })).data!.cancelInvitation).toBe(true);
    expect((await api.gql(ACCEPT, { code: bobCode }, { token: accounts.Intrus.token })).errors![0].extensions!.code).toBe('INVITATION_INVALID');

    const members = (await api.gql(ORGANIZATION_IDS, { id: lyceeId }, { token: admin })).data!.organization.memberships;
    const adminMembership = members.find((m: any) => m.user.firstName === 'Proviseure');
    const memberMembership = members.find((m: any) => m.user.firstName === 'Professeur');
    const demoteSelf = await api.gql(`mutation { updateMembershipRole(membershipId: "${adminMembership.id}", role: MEMBER) { id } }`, {}, { token: admin });
    expect(demoteSelf.errors![0]).toMatchObject({ extensions: { code: 'LAST_ADMIN' } });
    expect(demoteSelf.errors![0].message).toContain('Il doit rester au moins un administrateur');
    expect((await api.gql(`mutation { removeMembership(membershipId: "${adminMembership.id}") }`, {}, { token: admin })).errors![0].extensions!.code).toBe('LAST_ADMIN');
    expect((await api.gql(`mutation { removeMembership(membershipId: "${adminMembership.id}") }`, {}, { token: member })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const promoted = await api.gql(`mutation { updateMembershipRole(membershipId: "${memberMembership.id}", role: ADMIN) { role } }`, {}, { token: admin });
    expect(promoted.data!.updateMembershipRole.role).toBe('ADMIN');
    expect((await api.gql(`mutation { updateMembershipRole(membershipId: "${adminMembership.id}", role: MEMBER) { role } }`, {}, { token: admin })).data!.updateMembershipRole.role).toBe('MEMBER');
    expect((await api.gql(`mutation { removeMembership(membershipId: "${adminMembership.id}") }`, {}, { token: admin })).data!.removeMembership).toBe(true);
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
