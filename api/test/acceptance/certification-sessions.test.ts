import { Client } from 'pg';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { ACCESS_CODE_PATTERN, INVIGILATOR_PASSWORD_PATTERN } from '../../src/certification/session-management';
import { buildCertificationCandidate, buildCertificationSession } from '../../src/seeds/certification-builder';
import { buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { certificationWorld, createSessionMutation, sessionInput, SESSION_FIELDS } from '../helpers/certification-centre-fixtures';
import { emailsDelivered } from '../helpers/outbox';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** Centres, their teams and sessions, over real HTTP (Pix Certif). */
describe('certification centres and sessions', () => {
  let api: TestApi;
  let db: Client;
  let world: Awaited<ReturnType<typeof certificationWorld>>;
  let staff: string;
  const logIn = async (email: string, password: string) =>
    (await api.gql(`mutation { logIn(input: { login: "${email}", password: "${password}" }) { accessToken } }`)).data!.logIn.accessToken as string;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    world = await certificationWorld(em, logIn);
    const support = await buildUser(em, { platformRole: 'SUPPORT' });
    staff = await logIn(support.email!, support.password);
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  const create = (token: string, overrides: Record<string, unknown> = {}, center = world.scoCenter) =>
    api.gql(createSessionMutation, { input: sessionInput(center, overrides) }, { token });

  it('lets the platform team create a SCO centre tied to its school, in the audit log under that school', async () => {
    const em = api.platform.services.orm.em.fork();
    const college = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
    const created = await api.gql(
      'mutation { createCertificationCenter(input: { name: "Centre du collège", type: SCO, uai: "0692345b", externalId: "EXT-1" }) { id name type uai externalId } }',
      {},
      { token: staff },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCertificationCenter).toMatchObject({ name: 'Centre du collège', type: 'SCO', uai: '0692345B', externalId: 'EXT-1' });
    const audit = await knexOf(em)('audit_log').where({ action: 'CERTIFICATION_CENTER_CREATED' }).first();
    expect(audit).toMatchObject({ organization_id: college.id, target_type: 'CERTIFICATION_CENTER', target_id: created.data!.createCertificationCenter.id });

    const withoutUai = await api.gql('mutation { createCertificationCenter(input: { name: "Sans UAI", type: SCO }) { id } }', {}, { token: staff });
    expect(withoutUai.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'uai' }, message: expect.stringContaining('UAI') });
  });

  it('lets the platform team add an account to a centre, audited', async () => {
    const em = api.platform.services.orm.em.fork();
    const newcomer = await buildUser(em, { firstName: 'Nouveau' });
    const added = await api.gql(
      `mutation { addCertificationCenterMember(input: { certificationCenterId: "${world.proCenter}", email: "${newcomer.email}", role: MEMBER, comment: "Ticket 42" }) { id role user { id } } }`,
      {},
      { token: staff },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCertificationCenterMember).toMatchObject({ role: 'MEMBER', user: { id: String(newcomer.id) } });
    const audit = await knexOf(em)('audit_log').where({ action: 'CERTIFICATION_CENTER_MEMBER_ADDED' }).orderBy('id', 'desc').first();
    expect(audit).toMatchObject({ target_type: 'CERTIFICATION_CENTER_MEMBERSHIP', comment: 'Ticket 42', organization_id: null });
    expect(audit.after).toMatchObject({ userId: newcomer.id, role: 'MEMBER', certificationCenterId: world.proCenter });
  });

  it('creates a session with its number, a unique access code and an invigilator password', async () => {
    const created = await create(world.tokens.admin, { description: 'Prévoir des casques' });
    expect(created.errors).toBeUndefined();
    const session = created.data!.createCertificationSession;
    expect(session).toMatchObject({ number: Number(session.id), state: 'CREATED', room: 'Salle 12', time: '14:00', date: '2026-12-07', candidateCount: 0, isEditable: true });
    expect(session.accessCode).toMatch(ACCESS_CODE_PATTERN);
    expect(session.invigilatorPassword).toMatch(INVIGILATOR_PASSWORD_PATTERN);
    const second = (await create(world.tokens.admin)).data!.createCertificationSession;
    expect(second.accessCode).not.toBe(session.accessCode);
  });

  it.each([
    ['time', { time: '25:00' }, "L'heure doit être au format HH:MM"],
    ['date', { date: '2026-02-30' }, 'La date doit être une date réelle'],
    ['room', { room: '  ' }, 'Ce champ est obligatoire'],
    ['examiner', { examiner: '' }, 'Ce champ est obligatoire'],
  ])('refuses a session with a bad %s, with a French message', async (field, overrides, message) => {
    const refused = await create(world.tokens.admin, overrides);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field }, message: expect.stringContaining(message) });
  });

  it('refuses a session in a centre the caller does not belong to', async () => {
    expect((await create(world.tokens.outsider)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await create(world.tokens.learner)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(createSessionMutation, { input: sessionInput(world.scoCenter) })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await create(staff)).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("lists a centre's sessions, most recent date first, with their candidate counts, a page at a time", async () => {
    const em = api.platform.services.orm.em.fork();
    const center = world.proCenter;
    const dates = ['2026-01-10', '2026-03-01', '2025-12-24'];
    for (const date of dates) await buildCertificationSession(em, { certificationCenterId: center, date, time: '09:00', room: `Salle ${date}` });
    const march = (await knexOf(em)('certification_sessions').where({ certification_center_id: center, date: '2026-03-01' }).first('id')).id;
    await buildCertificationCandidate(em, { sessionId: march, firstName: 'A', lastName: 'B', birthdate: '1990-01-01' });
    const query = `query S($id: ID!, $after: String) { certificationCenter(id: $id) { name viewerRole sessions(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { date time room state candidateCount } } } } }`;
    const first = await api.gql(query, { id: String(center) }, { token: world.tokens.proMember });
    expect(first.errors).toBeUndefined();
    const page = first.data!.certificationCenter.sessions;
    expect(first.data!.certificationCenter.viewerRole).toBe('ADMIN');
    expect(page.totalCount).toBe(3);
    expect(page.edges.map((e: any) => e.node.date)).toEqual(['2026-03-01', '2026-01-10']);
    expect(page.edges[0].node).toMatchObject({ candidateCount: 1, state: 'CREATED', time: '09:00' });
    const next = await api.gql(query, { id: String(center), after: page.pageInfo.endCursor }, { token: world.tokens.proMember });
    expect(next.data!.certificationCenter.sessions.edges.map((e: any) => e.node.date)).toEqual(['2025-12-24']);

    expect((await api.gql(query, { id: String(center) }, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(query, { id: String(center) }, { token: staff })).data!.certificationCenter.viewerRole).toBeNull();
  });

  it("updates and deletes a session until a candidate joined, then refuses with a clear French message", async () => {
    const session = (await create(world.tokens.admin)).data!.createCertificationSession;
    const update = `mutation U($input: UpdateCertificationSessionInput!) { updateCertificationSession(input: $input) { ${SESSION_FIELDS} } }`;
    const changed = await api.gql(update, { input: { ...sessionInput(world.scoCenter, { room: 'Salle 14', time: '08:30' }), certificationCenterId: undefined, sessionId: session.id } }, { token: world.tokens.admin });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateCertificationSession).toMatchObject({ room: 'Salle 14', time: '08:30', accessCode: session.accessCode });
    expect((await api.gql(update, { input: { ...sessionInput(world.scoCenter), certificationCenterId: undefined, sessionId: session.id } }, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const em = api.platform.services.orm.em.fork();
    const candidate = await buildCertificationCandidate(em, { sessionId: Number(session.id), firstName: 'Jo', lastName: 'Joint', birthdate: '2008-01-01' });
    await knexOf(em)('certification_candidates').where({ id: candidate.id }).update({ joined_at: new Date() });

    const refused = await api.gql(update, { input: { ...sessionInput(world.scoCenter), certificationCenterId: undefined, sessionId: session.id } }, { token: world.tokens.admin });
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'SESSION_LOCKED' }, message: expect.stringContaining('Un candidat a déjà rejoint cette session') });
    const deleted = await api.gql(`mutation { deleteCertificationSession(sessionId: "${session.id}") }`, {}, { token: world.tokens.admin });
    expect(deleted.errors![0].message).toContain('ne peut plus être modifiée ni supprimée');
    const read = await api.gql(`{ certificationSession(id: "${session.id}") { isEditable lockReason } }`, {}, { token: world.tokens.admin });
    expect(read.data!.certificationSession).toEqual({ isEditable: false, lockReason: expect.stringContaining('Un candidat a déjà rejoint') });

    const free = (await create(world.tokens.admin)).data!.createCertificationSession;
    expect((await api.gql(`mutation { deleteCertificationSession(sessionId: "${free.id}") }`, {}, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(`mutation { deleteCertificationSession(sessionId: "${free.id}") }`, {}, { token: world.tokens.admin })).data!.deleteCertificationSession).toBe(true);
    expect(await knexOf(em)('certification_sessions').where({ id: Number(free.id) }).first()).toBeUndefined();
  });

  it("invites to a centre's team with the organisations' invitations: e-mail, preview, accept, and the centre switcher", async () => {
    const invited = await api.gql(
      `mutation { inviteCertificationCenterMembers(certificationCenterId: "${world.scoCenter}", emails: ["nouvelle.surveillante@example.net"], role: MEMBER) { id email role } }`,
      {},
      { token: world.tokens.admin },
    );
    expect(invited.errors).toBeUndefined();
    await emailsDelivered(db);
    const { rows } = await db.query("select subject, text from outbox_emails where recipient = 'nouvelle.surveillante@example.net' order by id desc limit 1");
    expect(rows[0].subject).toBe('Invitation à rejoindre Centre du lycée Marie Curie sur Pix Certif');
    const code = /\/certif\/rejoindre\?code=([A-Z]{10})/.exec(rows[0].text)![1];
    const preview = await api.gql(`{ certificationCenterInvitation(code: "${code}") { certificationCenterName role } }`);
    expect(preview.data!.certificationCenterInvitation).toEqual({ certificationCenterName: 'Centre du lycée Marie Curie', role: 'MEMBER' });
    expect((await api.gql(`mutation { acceptOrganizationInvitation(code: "${code}") { id } }`, {}, { token: world.tokens.proMember })).errors![0].extensions!.code).toBe('INVITATION_INVALID');
    const accepted = await api.gql(`mutation { acceptCertificationCenterInvitation(code: "${code}") { role certificationCenter { id } } }`, {}, { token: world.tokens.proMember });
    expect(accepted.errors).toBeUndefined();
    const me = await api.gql('{ me { certificationCenterMemberships { role certificationCenter { id name type } } } }', {}, { token: world.tokens.proMember });
    expect(me.data!.me.certificationCenterMemberships).toEqual([
      { role: 'MEMBER', certificationCenter: { id: String(world.scoCenter), name: 'Centre du lycée Marie Curie', type: 'SCO' } },
      { role: 'ADMIN', certificationCenter: { id: String(world.proCenter), name: 'Centre Pro Formation', type: 'PRO' } },
    ]);
    const team = await api.gql(`{ certificationCenter(id: "${world.scoCenter}") { members { role user { firstName } } invitations { email } } }`, {}, { token: world.tokens.admin });
    expect(team.data!.certificationCenter.members.map((m: any) => m.user.firstName)).toEqual(expect.arrayContaining(['Claire', 'Paul']));
    expect(team.data!.certificationCenter.invitations).toEqual([]);
    expect((await api.gql(`{ certificationCenter(id: "${world.scoCenter}") { invitations { email } } }`, {}, { token: world.tokens.proMember })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(`mutation { inviteCertificationCenterMembers(certificationCenterId: "${world.scoCenter}", emails: ["x@example.net"]) { id } }`, {}, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
