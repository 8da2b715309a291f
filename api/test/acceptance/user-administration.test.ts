import { Client } from 'pg';
import { buildCampaign, buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildCertificationCenter, buildCertificationCenterMembership } from '../../src/seeds/certification-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';
import { emailsDelivered } from '../helpers/outbox';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const USER = `query U($id: ID!) { user(id: $id) { id firstName lastName email username platformRole createdAt lastLoggedAt anonymizedAt
  loginMethods { method identifier lastUsedAt } logInThrottle { attempts maxAttempts blockedUntil }
  organizationMemberships { organizationName role } organizationLearners { organizationName firstName lastName division }
  certificationCenterMemberships { certificationCenterName role }
  campaignParticipations { campaignName campaignCode organizationName status createdAt } certificationCourses { id } } }`;
const USERS = `query S($search: String, $first: Int, $after: String) { users(first: $first, after: $after, filter: { search: $search }) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id firstName lastName email username lastLoggedAt } } } }`;
const UNBLOCK = `mutation B($id: ID!, $reason: String!) { unblockUser(id: $id, reason: $reason) { logInThrottle { attempts blockedUntil } } }`;
const REMOVE = `mutation R($input: RemoveLoginMethodInput!) { removeLoginMethod(input: $input) { loginMethods { method } } }`;
const RESET = `mutation P($input: SendPasswordResetEmailInput!) { sendPasswordResetEmail(input: $input) { id } }`;
const ANONYMIZE = `mutation A($input: AnonymizeUserInput!) { anonymizeUser(input: $input) { firstName lastName email username anonymizedAt loginMethods { method } } }`;
const AUDIT = `query L($filter: AuditLogFilterInput, $first: Int) { auditLog(filter: $filter, first: $first) { totalCount
  edges { node { action targetType targetId targetName before after comment actor { id } } } } }`;

/**
 * Pix Admin's users (issue 16): the support team finds an account, reads everything needed to help,
 * and acts through named operations that say why and leave an audit row written with the change.
 */
describe('Pix Admin: users and the audit log', () => {
  let api: TestApi;
  let db: Client;
  const staff: Record<'SUPPORT' | 'SUPER_ADMIN' | 'METIER' | 'CERTIF', { id: number; token: string }> = {} as never;
  let pupil: { id: number; username: string | null; password: string };
  let learnerToken: string;
  let schoolId: number;

  const logIn = (login: string, password: string) => api.gql(LOG_IN, { login, password });
  const q = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    for (const role of ['SUPPORT', 'SUPER_ADMIN', 'METIER', 'CERTIF'] as const) {
      const user = await buildUser(em, { firstName: role === 'SUPPORT' ? 'Thomas' : 'Équipe', lastName: role === 'SUPPORT' ? 'Petit' : role, platformRole: role });
      staff[role] = { id: user.id, token: (await logIn(user.email!, user.password)).data!.logIn.accessToken };
    }
    const school = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
    schoolId = school.id;
    pupil = await buildUser(em, { firstName: 'Zoé', lastName: 'Cœurdevey', username: 'zoe.coeurdevey0512', email: 'zoe.c@example.net', password: 'Eleve2026ok' });
    await db.query(`insert into gar_identities (user_id, ido) values ($1, 'IDO-ZOE-1')`, [pupil.id]);
    await buildOrganizationLearner(em, school.id, { firstName: 'Zoé', lastName: 'CŒURDEVEY', birthdate: '2012-05-05', division: '6A', userId: pupil.id });
    const teacher = await buildUser(em, { firstName: 'Julien', lastName: 'Moreau' });
    await buildMembership(em, school.id, teacher.id, 'ADMIN');
    await buildMembership(em, school.id, pupil.id, 'MEMBER');
    await buildCertificationCenterMembership(em, (await buildCertificationCenter(em, { name: 'Centre Jean Moulin', type: 'PRO' })).id, pupil.id, 'MEMBER');
    const campaign = await buildCampaign(em, { organizationId: school.id, creatorId: teacher.id, name: 'Rentrée 6e' });
    const [{ id: learnerId }] = await q('select id from organization_learners where user_id = $1', [pupil.id]);
    await db.query(
      `insert into campaign_participations (campaign_id, user_id, organization_learner_id, status, participant_external_id, shared_at, pix_score, validated_skills_count, mastery_rate, knowledge_snapshot)
       values ($1, $2, $3, 'SHARED', 'ZOE-6A', now(), 12, 1, 0.5, '[]')`,
      [campaign.id, pupil.id, learnerId],
    );
    const [skill] = await q('select id, competence_id from skills order by id limit 1');
    await db.query(`insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix) values ($1, $2, $3, 'validated', 'direct', 4)`, [
      pupil.id,
      skill.id,
      skill.competence_id,
    ]);
    learnerToken = (await logIn(teacher.email!, teacher.password)).data!.logIn.accessToken;
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('finds accounts by any words of a name, e-mail or username, French-insensitive, page by page', async () => {
    const em = api.platform.services.orm.em.fork();
    for (const firstName of ['Étienne', 'Emma', 'Fanny']) await buildUser(em, { firstName, lastName: 'Dupré-Lenoir' });
    const found = await api.gql(USERS, { search: 'coeurdevey ZOE' }, { token: staff.SUPPORT.token });
    expect(found.data!.users.edges.map((e: any) => e.node.username)).toEqual(['zoe.coeurdevey0512']);
    expect((await api.gql(USERS, { search: 'zoe.c@example' }, { token: staff.SUPPORT.token })).data!.users.totalCount).toBe(1);
    const first = (await api.gql(USERS, { search: 'dupre lenoir', first: 2 }, { token: staff.SUPPORT.token })).data!.users;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.firstName)).toEqual(['Emma', 'Étienne']);
    const next = (await api.gql(USERS, { search: 'dupre lenoir', first: 2, after: first.pageInfo.endCursor }, { token: staff.SUPPORT.token })).data!.users;
    expect(next.edges.map((e: any) => e.node.firstName)).toEqual(['Fanny']);
    expect((await api.gql(USERS, { search: '100%_' }, { token: staff.SUPPORT.token })).data!.users.totalCount).toBe(0);
  });

  it("shows a user's login methods, organisations, centres, participations and log-in state", async () => {
    const page = await api.gql(USER, { id: String(pupil.id) }, { token: staff.SUPPORT.token });
    expect(page.errors).toBeUndefined();
    expect(page.data!.user).toMatchObject({
      firstName: 'Zoé',
      loginMethods: [
        { method: 'EMAIL', identifier: 'zoe.c@example.net' },
        { method: 'USERNAME', identifier: 'zoe.coeurdevey0512' },
        { method: 'GAR', identifier: 'IDO-ZOE-1' },
      ],
      logInThrottle: { attempts: 0, maxAttempts: 10, blockedUntil: null },
      organizationMemberships: [{ organizationName: 'Collège Jean Moulin', role: 'MEMBER' }],
      organizationLearners: [{ organizationName: 'Collège Jean Moulin', firstName: 'Zoé', lastName: 'CŒURDEVEY', division: '6A' }],
      certificationCenterMemberships: [{ certificationCenterName: 'Centre Jean Moulin', role: 'MEMBER' }],
      campaignParticipations: [{ campaignName: 'Rentrée 6e', organizationName: 'Collège Jean Moulin', status: 'SHARED' }],
      certificationCourses: [],
    });
    const unknown = await api.gql(USER, { id: '99999999' }, { token: staff.SUPPORT.token });
    expect(unknown.errors![0]).toMatchObject({ message: "Ce compte n'existe pas.", extensions: { code: 'NOT_FOUND' } });
  });

  it('unblocks a throttled account: the person logs in at once, and the audit log says who, why and the state before', async () => {
    for (let i = 0; i < 10; i += 1) expect((await logIn('zoe.coeurdevey0512', 'Mauvais2026')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect((await logIn('zoe.coeurdevey0512', 'Eleve2026ok')).errors![0].extensions!.code).toBe('TOO_MANY_ATTEMPTS');
    const blocked = (await api.gql(USER, { id: String(pupil.id) }, { token: staff.SUPPORT.token })).data!.user.logInThrottle;
    expect(blocked).toMatchObject({ attempts: 10, maxAttempts: 10, blockedUntil: expect.any(String) });

    const refused = await api.gql(UNBLOCK, { id: String(pupil.id), reason: '   ' }, { token: staff.SUPPORT.token });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(refused.errors![0].message).toMatch(/^Indiquez la raison de cette action/);
    const metier = await api.gql(UNBLOCK, { id: String(pupil.id), reason: 'Ticket 12' }, { token: staff.METIER.token });
    expect(metier.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await logIn('zoe.coeurdevey0512', 'Eleve2026ok')).errors![0].extensions!.code).toBe('TOO_MANY_ATTEMPTS');

    const unblocked = await api.gql(UNBLOCK, { id: String(pupil.id), reason: 'Ticket 12 : mot de passe retrouvé' }, { token: staff.SUPPORT.token });
    expect(unblocked.data!.unblockUser.logInThrottle).toEqual({ attempts: 0, blockedUntil: null });
    expect((await logIn('zoe.coeurdevey0512', 'Eleve2026ok')).data!.logIn.accessToken).toEqual(expect.any(String));

    const log = (await api.gql(AUDIT, { filter: { action: 'USER_UNBLOCKED', target: 'coeurdevey' } }, { token: staff.SUPER_ADMIN.token })).data!.auditLog;
    expect(log.edges.map((e: any) => e.node)).toEqual([
      {
        action: 'USER_UNBLOCKED',
        targetType: 'USER',
        targetId: String(pupil.id),
        targetName: 'Zoé Cœurdevey',
        before: { attempts: 10, blockedUntil: blocked.blockedUntil },
        after: { attempts: 0, blockedUntil: null },
        comment: 'Ticket 12 : mot de passe retrouvé',
        actor: { id: String(staff.SUPPORT.id) },
      },
    ]);
  });

  it("sends the reset e-mail of \"Mot de passe oublié\" to the account's address, audited", async () => {
    await emailsDelivered(db);
    const sent = await api.gql(RESET, { input: { userId: String(pupil.id), reason: 'Ne reçoit pas le lien' } }, { token: staff.SUPPORT.token });
    expect(sent.errors).toBeUndefined();
    await emailsDelivered(db);
    const [mail] = await q('select recipient, text from outbox_emails order by id desc limit 1');
    expect(mail.recipient).toBe('zoe.c@example.net');
    expect(mail.text).toMatch(/changer-mot-de-passe\?token=/);
    const log = (await api.gql(AUDIT, { filter: { actor: 'thomas petit', action: 'USER_PASSWORD_RESET_EMAIL_SENT' } }, { token: staff.SUPPORT.token })).data!.auditLog;
    expect(log.edges.map((e: any) => e.node.comment)).toEqual(['Ne reçoit pas le lien']);
  });

  it('removes a login method but never the last one', async () => {
    const removed = await api.gql(REMOVE, { input: { userId: String(pupil.id), method: 'EMAIL', reason: 'Adresse de la famille' } }, { token: staff.SUPER_ADMIN.token });
    expect(removed.data!.removeLoginMethod.loginMethods.map((m: any) => m.method)).toEqual(['USERNAME', 'GAR']);
    expect((await logIn('zoe.c@example.net', 'Eleve2026ok')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    await api.gql(REMOVE, { input: { userId: String(pupil.id), method: 'GAR', reason: 'Changement de collège' } }, { token: staff.SUPPORT.token });
    expect(await q('select * from gar_identities where user_id = $1', [pupil.id])).toEqual([]);
    const last = await api.gql(REMOVE, { input: { userId: String(pupil.id), method: 'USERNAME', reason: 'Essai' } }, { token: staff.SUPPORT.token });
    expect(last.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'method' });
    expect(last.errors![0].message).toMatch(/dernière méthode de connexion/);
    const colleague = await api.gql(REMOVE, { input: { userId: String(staff.SUPER_ADMIN.id), method: 'EMAIL', reason: 'Essai' } }, { token: staff.SUPPORT.token });
    expect(colleague.errors![0].extensions!.code).toBe('FORBIDDEN');
    const notUsed = await api.gql(REMOVE, { input: { userId: String(pupil.id), method: 'GAR', reason: 'Essai' } }, { token: staff.SUPPORT.token });
    expect(notUsed.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await logIn('zoe.coeurdevey0512', 'Eleve2026ok')).data!.logIn.accessToken).toEqual(expect.any(String));
    const log = (await api.gql(AUDIT, { filter: { targetType: 'USER', targetId: String(pupil.id), action: 'USER_LOGIN_METHOD_REMOVED' } }, { token: staff.SUPPORT.token })).data!.auditLog;
    expect(log.edges.map((e: any) => [e.node.before, e.node.after])).toEqual([
      [{ loginMethods: ['USERNAME', 'GAR'] }, { loginMethods: ['USERNAME'] }],
      [{ loginMethods: ['EMAIL', 'USERNAME', 'GAR'] }, { loginMethods: ['USERNAME', 'GAR'] }],
    ]);
  });

  it('refuses to anonymise oneself or a member of the platform team, and writes nothing then', async () => {
    const before = Number((await q('select count(*) from audit_log'))[0].count);
    const self = await api.gql(ANONYMIZE, { input: { userId: String(staff.SUPPORT.id), reason: 'RGPD' } }, { token: staff.SUPPORT.token });
    expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');
    const colleague = await api.gql(ANONYMIZE, { input: { userId: String(staff.METIER.id), reason: 'RGPD' } }, { token: staff.SUPER_ADMIN.token });
    expect(colleague.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringMatching(/membre de l'équipe Pix libre/) });
    const certif = await api.gql(ANONYMIZE, { input: { userId: String(pupil.id), reason: 'RGPD' } }, { token: staff.CERTIF.token });
    expect(certif.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(Number((await q('select count(*) from audit_log'))[0].count)).toBe(before);
    expect((await q('select first_name from users where id = $1', [pupil.id]))[0].first_name).toBe('Zoé');
  });

  it("anonymises an account: personal data replaced, sessions ended, results kept for the school's statistics", async () => {
    const session = (await logIn('zoe.coeurdevey0512', 'Eleve2026ok')).data!.logIn.accessToken;
    const done = await api.gql(ANONYMIZE, { input: { userId: String(pupil.id), reason: 'Demande RGPD n° 88' } }, { token: staff.SUPPORT.token });
    expect(done.errors).toBeUndefined();
    expect(done.data!.anonymizeUser).toMatchObject({ firstName: '(anonymisé)', lastName: '(anonymisé)', email: null, username: null, loginMethods: [], anonymizedAt: expect.any(String) });
    expect((await api.gql('{ me { id } }', {}, { token: session })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await logIn('zoe.coeurdevey0512', 'Eleve2026ok')).errors![0].extensions!.code).toBe('INVALID_CREDENTIALS');
    expect(await q('select count(*)::int as n from refresh_tokens where user_id = $1 and revoked_at is null', [pupil.id])).toEqual([{ n: 0 }]);
    // A log-in that checked the password just before cannot store a session after: the database refuses it.
    await expect(db.query(`insert into refresh_tokens (user_id, token_hash, family_id, expires_at) values ($1, 'x', gen_random_uuid(), now() + interval '1 day')`, [pupil.id])).rejects.toThrow(/anonymized/);
    expect(await q('select first_name, last_name, birthdate, national_student_id, division from organization_learners where user_id = $1', [pupil.id])).toEqual([
      { first_name: '(anonymisé)', last_name: '(anonymisé)', birthdate: null, national_student_id: null, division: '6A' },
    ]);
    expect(await q('select status, pix_score, participant_external_id from campaign_participations where user_id = $1', [pupil.id])).toEqual([
      { status: 'SHARED', pix_score: 12, participant_external_id: null },
    ]);
    expect(await q('select count(*)::int as n from knowledge_elements where user_id = $1', [pupil.id])).toEqual([{ n: 1 }]);
    expect(await q('select count(*)::int as n from memberships where user_id = $1', [pupil.id])).toEqual([{ n: 0 }]);
    expect(await q('select count(*)::int as n from memberships where organization_id = $1', [schoolId])).toEqual([{ n: 1 }]);
    const [entry] = (await api.gql(AUDIT, { filter: { action: 'USER_ANONYMIZED' } }, { token: staff.SUPPORT.token })).data!.auditLog.edges.map((e: any) => e.node);
    expect(entry).toMatchObject({ targetId: String(pupil.id), targetName: '(anonymisé) (anonymisé)', comment: 'Demande RGPD n° 88' });
    expect(JSON.stringify(entry.before) + JSON.stringify(entry.after)).not.toMatch(/zoe|Zoé|CŒURDEVEY|IDO-ZOE/i);
    expect(entry.after).toMatchObject({ anonymized: true, organizationMembershipsRemoved: 1, certificationCenterMembershipsRemoved: 1, organizationLearnersAnonymized: 1, participationExternalIdsRemoved: 1 });
    const twice = await api.gql(ANONYMIZE, { input: { userId: String(pupil.id), reason: 'RGPD' } }, { token: staff.SUPPORT.token });
    expect(twice.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('searches the audit log by dates and pages it, newest first, for SUPER_ADMIN and SUPPORT only', async () => {
    const all = (await api.gql(AUDIT, { filter: { target: 'anonymisé' }, first: 2 }, { token: staff.SUPPORT.token })).data!.auditLog;
    expect(all.totalCount).toBe(5);
    expect(all.edges.map((e: any) => e.node.action)).toEqual(['USER_ANONYMIZED', 'USER_LOGIN_METHOD_REMOVED']);
    const future = (await api.gql(AUDIT, { filter: { from: new Date(Date.now() + 3600_000).toISOString() } }, { token: staff.SUPPORT.token })).data!.auditLog;
    expect(future.totalCount).toBe(0);
    for (const token of [staff.METIER.token, staff.CERTIF.token, learnerToken])
      expect((await api.gql(AUDIT, {}, { token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    for (const token of [staff.METIER.token, learnerToken]) expect((await api.gql(USER, { id: String(pupil.id) }, { token })).errors![0].extensions!.code).toBe('FORBIDDEN');
    // The school's own administrator (an Orga member) acts on no account through these operations either.
    const [teacher] = await q(`select user_id from memberships where organization_id = $1`, [schoolId]);
    for (const [query, variables] of [
      [UNBLOCK, { id: String(teacher.user_id), reason: 'Essai' }],
      [RESET, { input: { userId: String(teacher.user_id), reason: 'Essai' } }],
      [REMOVE, { input: { userId: String(teacher.user_id), method: 'EMAIL', reason: 'Essai' } }],
      [ANONYMIZE, { input: { userId: String(staff.CERTIF.id), reason: 'Essai' } }],
    ] as const)
      expect((await api.gql(query, variables, { token: learnerToken })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await q(`select count(*)::int as n from audit_log where comment = 'Essai'`)).toEqual([{ n: 0 }]);
  });
});
