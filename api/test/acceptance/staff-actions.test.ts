import { Client } from 'pg';
import { buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';
import { emailsDelivered } from '../helpers/outbox';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const RESET = `mutation R($o: ID!, $l: ID!) { resetLearnerPassword(organizationId: $o, learnerId: $l) { username temporaryPassword } }`;
const GENERATE = `mutation G($o: ID!, $ids: [ID!]!) { generateUsernamesWithTemporaryPasswords(organizationId: $o, learnerIds: $ids) { csv } }`;
const INVITE = `mutation I($o: ID!, $e: [String!]!, $r: MembershipRole) { inviteMembers(organizationId: $o, emails: $e, role: $r) { id } }`;
const ACCEPT = `mutation A($code: String!) { acceptOrganizationInvitation(code: $code) { role } }`;
const ADD = `mutation A($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { id role } }`;
const CREATE = `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const SCHOOL = `query S($id: ID!) { organization(id: $id) { name viewerRole memberships { id role user { firstName } } invitations { id email }
  learners(first: 10) { totalCount } } }`;
const AUDIT = `query Audit($o: ID!, $first: Int, $after: String) { organizationAuditLog(organizationId: $o, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id occurredAt action targetType targetId organizationId before after comment actor { id firstName lastName } } } } }`;

/**
 * Finding 5 of issue 10: the platform team reads a school's data to help it, but never acts in its
 * name through the school's own operations; what it must do goes through named operations that
 * leave an audit trail, and nobody turns an invitation they sent into a membership of their own.
 */
describe('platform staff in a school: read, and act only through named, audited operations', () => {
  let api: TestApi;
  let db: Client;
  let lyceeId: string;
  let collegeId: string;
  const tokens: Record<'admin' | 'teacher' | 'outsider' | 'SUPPORT' | 'SUPER_ADMIN', string> = {} as never;
  const users: Record<string, { id: number; email: string | null; password: string }> = {};
  let pupilWithUsername: string;
  let pupilWithoutAccount: string;
  let invitationId: string;

  const logIn = async (user: { email: string | null; username?: string | null; password: string }) =>
    (await api.gql(LOG_IN, { login: user.email ?? user.username, password: user.password })).data!.logIn.accessToken as string;
  const row = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows[0];
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].count);
  const lastMail = async () => {
    await emailsDelivered(db);
    return row('select recipient, text from outbox_emails order by id desc limit 1');
  };

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
    const college = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
    lyceeId = String(lycee.id);
    collegeId = String(college.id);
    users.admin = await buildUser(em, { firstName: 'Claire', lastName: 'Dubois' });
    users.teacher = await buildUser(em, { firstName: 'Julien', lastName: 'Moreau' });
    users.outsider = await buildUser(em, { firstName: 'Paul', lastName: 'Intrus' });
    users.SUPPORT = await buildUser(em, { firstName: 'Thomas', lastName: 'Petit', platformRole: 'SUPPORT' });
    users.SUPER_ADMIN = await buildUser(em, { firstName: 'Sophie', lastName: 'Grand', platformRole: 'SUPER_ADMIN' });
    users.newcomer = await buildUser(em, { firstName: 'Nina', lastName: 'Nouvelle' });
    await buildMembership(em, lycee.id, users.admin.id, 'ADMIN');
    await buildMembership(em, lycee.id, users.teacher.id, 'MEMBER');
    await buildMembership(em, college.id, users.outsider.id, 'ADMIN');
    const pupil = await buildUser(em, { firstName: 'Jean', lastName: 'Martin', username: 'jean.martin0101', email: null, password: 'Eleve2026ok' });
    users.pupil = { ...pupil, email: null };
    pupilWithUsername = String(await buildOrganizationLearner(em, lycee.id, { firstName: 'Jean', lastName: 'MARTIN', birthdate: '2009-01-01', division: '1G1', userId: pupil.id }));
    pupilWithoutAccount = String(await buildOrganizationLearner(em, lycee.id, { firstName: 'Éloïse', lastName: "D'ARCY", birthdate: '2010-03-05', division: '2NDE1' }));
    for (const name of ['admin', 'teacher', 'outsider', 'SUPPORT', 'SUPER_ADMIN'] as const) tokens[name] = await logIn(users[name]);
    const invited = await api.gql(INVITE, { o: lyceeId, e: ['remplacante@example.fr'] }, { token: tokens.admin });
    invitationId = invited.data!.inviteMembers[0].id;
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  for (const staff of ['SUPPORT', 'SUPER_ADMIN'] as const) {
    describe(`${staff}`, () => {
      it("cannot hand out a pupil's temporary password nor give pupils usernames: the pupil's password still works", async () => {
        const usersBefore = await count('select count(*) from users');
        const reset = await api.gql(RESET, { o: lyceeId, l: pupilWithUsername }, { token: tokens[staff] });
        expect(reset.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(reset.data).toBeNull();
        const generated = await api.gql(GENERATE, { o: lyceeId, ids: [pupilWithoutAccount, pupilWithUsername] }, { token: tokens[staff] });
        expect(generated.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(await count('select count(*) from users')).toBe(usersBefore);
        expect(await logIn({ username: 'jean.martin0101', email: null, password: 'Eleve2026ok' })).toEqual(expect.any(String));
      });

      it("cannot change a member's role, remove a member, nor resend or cancel an invitation", async () => {
        const teacher = await row('select id, role from memberships where user_id = $1', [users.teacher.id]);
        const promote = await api.gql(`mutation { updateMembershipRole(membershipId: "${teacher.id}", role: ADMIN) { id } }`, {}, { token: tokens[staff] });
        expect(promote.errors![0].extensions!.code).toBe('FORBIDDEN');
        const remove = await api.gql(`mutation { removeMembership(membershipId: "${teacher.id}") }`, {}, { token: tokens[staff] });
        expect(remove.errors![0].extensions!.code).toBe('FORBIDDEN');
        const resend = await api.gql(`mutation { resendInvitation(invitationId: "${invitationId}") { id } }`, {}, { token: tokens[staff] });
        expect(resend.errors![0].extensions!.code).toBe('FORBIDDEN');
        const cancel = await api.gql(`mutation { cancelInvitation(invitationId: "${invitationId}") }`, {}, { token: tokens[staff] });
        expect(cancel.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(await row('select role from memberships where id = $1', [teacher.id])).toEqual({ role: 'MEMBER' });
        expect(await row('select status from organization_invitations where id = $1', [invitationId])).toEqual({ status: 'PENDING' });
      });

      it("cannot invite anyone into the school, themself included, so never becomes one of its administrators", async () => {
        await emailsDelivered(db);
        const mailsBefore = await count('select count(*) from outbox_emails');
        const self = await api.gql(INVITE, { o: lyceeId, e: [users[staff].email], r: 'ADMIN' }, { token: tokens[staff] });
        expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');
        const other = await api.gql(INVITE, { o: lyceeId, e: ['complice@example.fr'], r: 'ADMIN' }, { token: tokens[staff] });
        expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
        await emailsDelivered(db);
        expect(await count('select count(*) from outbox_emails')).toBe(mailsBefore);
        expect(await count('select count(*) from memberships where user_id = $1', [users[staff].id])).toBe(0);
      });

      it('cannot add themself to a school through the staff operation either', async () => {
        const self = await api.gql(ADD, { input: { organizationId: lyceeId, email: users[staff].email, role: 'ADMIN' } }, { token: tokens[staff] });
        expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(self.errors![0].message).toBe(
          "Un membre de l'équipe Pix libre ne peut pas s'ajouter lui-même à une organisation : un autre membre de l'équipe doit le faire.",
        );
        expect(await count('select count(*) from memberships where user_id = $1', [users[staff].id])).toBe(0);
      });

      it("still reads the school's data to help it: members, pending invitations, pupils", async () => {
        const school = await api.gql(SCHOOL, { id: lyceeId }, { token: tokens[staff] });
        expect(school.errors).toBeUndefined();
        expect(school.data!.organization).toMatchObject({
          name: 'Lycée Marie Curie',
          viewerRole: null,
          invitations: [{ id: invitationId, email: 'remplacante@example.fr' }],
          learners: { totalCount: 2 },
        });
        expect(school.data!.organization.memberships.map((m: { user: { firstName: string } }) => m.user.firstName)).toEqual(
          expect.arrayContaining(['Claire', 'Julien']),
        );
      });
    });
  }

  it("leaves the school's own administrators in charge of all of this", async () => {
    const reset = await api.gql(RESET, { o: lyceeId, l: pupilWithUsername }, { token: tokens.admin });
    expect(reset.data!.resetLearnerPassword.username).toBe('jean.martin0101');
    const outsider = await api.gql(RESET, { o: lyceeId, l: pupilWithUsername }, { token: tokens.outsider });
    expect(outsider.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an invitation accepted by the very person who sent it, and leaves it to its addressee', async () => {
    await api.gql(INVITE, { o: lyceeId, e: ['claire.perso@example.fr'], r: 'ADMIN' }, { token: tokens.admin });
    const mail = await lastMail();
    expect(mail.recipient).toBe('claire.perso@example.fr');
    const code = /code=([A-Z]{10})/.exec(mail.text)![1];
    const own = await api.gql(ACCEPT, { code }, { token: tokens.admin });
    expect(own.errors![0].extensions!.code).toBe('INVITATION_SELF_ACCEPT');
    expect(own.errors![0].message).toBe("Vous ne pouvez pas accepter une invitation que vous avez vous-même envoyée : elle est destinée à une autre personne.");
    const english = await api.gql(ACCEPT, { code }, { token: tokens.admin, headers: { 'accept-language': 'en' } });
    expect(english.errors![0].message).toBe('You cannot accept an invitation you sent yourself: it is meant for someone else.');
    expect((await api.gql(ACCEPT, { code }, { token: await logIn(users.newcomer) })).data!.acceptOrganizationInvitation.role).toBe('ADMIN');
  });

  describe('the audit log of the named staff operations', () => {
    it('records who added whom, when, why, with the role before and after', async () => {
      const promoted = await api.gql(
        ADD,
        { input: { organizationId: lyceeId, email: users.teacher.email, role: 'ADMIN', comment: 'Ticket 4521 : la principale est absente' } },
        { token: tokens.SUPPORT },
      );
      expect(promoted.data!.addOrganizationMember.role).toBe('ADMIN');
      const added = await api.gql(ADD, { input: { organizationId: collegeId, email: users.teacher.email, role: 'MEMBER' } }, { token: tokens.SUPER_ADMIN });
      expect(added.errors).toBeUndefined();

      const log = (await api.gql(AUDIT, { o: lyceeId }, { token: tokens.SUPER_ADMIN })).data!.organizationAuditLog;
      expect(log.totalCount).toBe(1);
      const [entry] = log.edges.map((e: { node: unknown }) => e.node);
      expect(entry).toMatchObject({
        action: 'ORGANIZATION_MEMBER_ADDED',
        targetType: 'MEMBERSHIP',
        targetId: promoted.data!.addOrganizationMember.id,
        organizationId: lyceeId,
        before: { userId: users.teacher.id, role: 'MEMBER' },
        after: { userId: users.teacher.id, role: 'ADMIN' },
        comment: 'Ticket 4521 : la principale est absente',
        actor: { id: String(users.SUPPORT.id), firstName: 'Thomas', lastName: 'Petit' },
      });
      expect(Date.now() - new Date(entry.occurredAt).getTime()).toBeLessThan(60_000);

      const college = (await api.gql(AUDIT, { o: collegeId }, { token: tokens.SUPPORT })).data!.organizationAuditLog;
      expect(college.edges.map((e: { node: any }) => [e.node.before, e.node.after, e.node.actor.firstName])).toEqual([
        [null, { userId: users.teacher.id, role: 'MEMBER' }, 'Sophie'],
      ]);
    });

    it('records nothing, and changes nothing, when the operation is refused', async () => {
      const before = await count('select count(*) from audit_log');
      const unknown = await api.gql(ADD, { input: { organizationId: lyceeId, email: 'personne@example.fr', role: 'MEMBER' } }, { token: tokens.SUPPORT });
      expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
      const tooLong = await api.gql(
        ADD,
        { input: { organizationId: lyceeId, email: users.newcomer.email, role: 'MEMBER', comment: 'x'.repeat(2001) } },
        { token: tokens.SUPPORT },
      );
      expect(tooLong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comment' });
      expect(await count('select count(*) from audit_log')).toBe(before);
      expect(await row('select role from memberships where user_id = $1 and organization_id = $2', [users.newcomer.id, lyceeId])).toEqual({ role: 'ADMIN' });
    });

    it('records the creation of an organisation', async () => {
      const created = await api.gql(CREATE, { input: { name: 'Lycée Neuf', type: 'SCO', uai: '0753333C' } }, { token: tokens.SUPPORT });
      const id = created.data!.createOrganization.id;
      const log = (await api.gql(AUDIT, { o: id }, { token: tokens.SUPPORT })).data!.organizationAuditLog;
      expect(log.edges.map((e: { node: any }) => e.node)).toEqual([
        expect.objectContaining({
          action: 'ORGANIZATION_CREATED',
          targetType: 'ORGANIZATION',
          targetId: id,
          before: null,
          after: expect.objectContaining({ name: 'Lycée Neuf', type: 'SCO', uai: '0753333C', isManagingStudents: true }),
          actor: expect.objectContaining({ firstName: 'Thomas' }),
        }),
      ]);
    });

    it('shows the log page by page, newest first, to the platform team only', async () => {
      for (const role of ['MEMBER', 'ADMIN', 'MEMBER'])
        await api.gql(ADD, { input: { organizationId: lyceeId, email: users.outsider.email, role } }, { token: tokens.SUPPORT });
      const first = (await api.gql(AUDIT, { o: lyceeId, first: 2 }, { token: tokens.SUPPORT })).data!.organizationAuditLog;
      expect(first.totalCount).toBe(4);
      expect(first.pageInfo.hasNextPage).toBe(true);
      expect(first.edges.map((e: { node: any }) => [e.node.before?.role ?? null, e.node.after.role])).toEqual([
        ['ADMIN', 'MEMBER'],
        ['MEMBER', 'ADMIN'],
      ]);
      const next = (await api.gql(AUDIT, { o: lyceeId, first: 2, after: first.pageInfo.endCursor }, { token: tokens.SUPPORT })).data!.organizationAuditLog;
      expect(next.edges.map((e: { node: any }) => [e.node.before?.role ?? null, e.node.after.role])).toEqual([
        [null, 'MEMBER'],
        ['MEMBER', 'ADMIN'],
      ]);
      expect(next.pageInfo.hasNextPage).toBe(false);
      for (const token of [tokens.admin, tokens.teacher, tokens.outsider]) {
        expect((await api.gql(AUDIT, { o: lyceeId }, { token })).errors![0].extensions!.code).toBe('FORBIDDEN');
      }
    });

    it('keeps the log as written: rows cannot be changed nor deleted', async () => {
      await expect(db.query(`update audit_log set comment = 'effacé'`)).rejects.toThrow(/append-only/);
      await expect(db.query(`delete from audit_log`)).rejects.toThrow(/append-only/);
    });
  });
});
