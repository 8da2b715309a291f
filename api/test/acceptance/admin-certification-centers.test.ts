import { Client } from 'pg';
import { buildMembership, buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { buildCertificationCenter, buildCertificationSession } from '../../src/seeds/certification-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const CENTERS = `query C($filter: CertificationCentersFilter, $first: Int) { certificationCenters(first: $first, filter: $filter) { totalCount edges { node { id name type uai externalId } } } }`;
const CREATE_CENTER = `mutation C($input: CreateCertificationCenterInput!) { createCertificationCenter(input: $input) { id name type uai } }`;
const UPDATE_CENTER = `mutation U($input: UpdateCertificationCenterInput!) { updateCertificationCenter(input: $input) { id name uai externalId } }`;
const ARCHIVE_CENTER = `mutation A($id: ID!) { archiveCertificationCenter(id: $id) { id archivedAt } }`;
const ADD_CENTER_MEMBER = `mutation A($input: AddCertificationCenterMemberInput!) { addCertificationCenterMember(input: $input) { id role certificationCenter { id name } } }`;
const CHANGE_CENTER_MEMBER = `mutation C($input: ChangeCertificationCenterMemberRoleInput!) { changeCertificationCenterMemberRole(input: $input) { id role } }`;
const REMOVE_CENTER_MEMBER = `mutation R($input: RemoveCertificationCenterMemberInput!) { removeCertificationCenterMember(input: $input) }`;
const ADD_MEMBER = `mutation A($input: AddOrganizationMemberInput!) { addOrganizationMember(input: $input) { id role } }`;
const CHANGE_MEMBER = `mutation C($input: ChangeOrganizationMemberRoleInput!) { changeOrganizationMemberRole(input: $input) { id role } }`;
const REMOVE_MEMBER = `mutation R($input: RemoveOrganizationMemberInput!) { removeOrganizationMember(input: $input) }`;
const CENTER = `query C($id: ID!) { certificationCenter(id: $id) { name archivedAt members { id role user { email } } sessions(first: 5) { totalCount } } }`;

/** Pix Admin's certification centres and the staff's work on teams (issue 16): every change audited, the last administrator kept. */
describe('Pix Admin: certification centres and teams', () => {
  let api: TestApi;
  let db: Client;
  const tokens: Record<string, string> = {};
  const users: Record<string, { id: number; email: string | null; password: string }> = {};
  const audit = async (action: string) => (await db.query('select target_id, organization_id, before, after, comment from audit_log where action = $1 order by id', [action])).rows;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    for (const role of ['SUPER_ADMIN', 'CERTIF', 'METIER'] as const) {
      users[role] = await buildUser(em, { firstName: role, platformRole: role });
      tokens[role] = (await api.gql(LOG_IN, { login: users[role].email, password: users[role].password })).data!.logIn.accessToken;
    }
    for (const name of ['director', 'teacher', 'newcomer']) users[name] = await buildUser(em, { firstName: name, email: `${name}@example.fr` });
    await buildCertificationCenter(em, { name: 'Centre Œnologie de Bordeaux', type: 'PRO', externalId: 'CFA-33' });
    await buildCertificationCenter(em, { name: 'Université Paris Cité', type: 'SUP' });
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it("creates a school's centre tied to the school of the same UAI, adds its administrator and returns the membership with its centre", async () => {
    const em = api.platform.services.orm.em.fork();
    const school = await buildOrganization(em, { name: 'Lycée Montaigne', type: 'SCO', uai: '0330001A' });
    const created = await api.gql(CREATE_CENTER, { input: { name: 'Lycée Montaigne', type: 'SCO', uai: '0330001a' } }, { token: tokens.CERTIF });
    expect(created.errors).toBeUndefined();
    const centerId = created.data!.createCertificationCenter.id;
    expect((await audit('CERTIFICATION_CENTER_CREATED')).at(-1)).toMatchObject({ target_id: centerId, organization_id: school.id });
    const added = await api.gql(ADD_CENTER_MEMBER, { input: { certificationCenterId: centerId, email: 'director@example.fr', role: 'ADMIN' } }, { token: tokens.SUPER_ADMIN });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCertificationCenterMember).toMatchObject({ role: 'ADMIN', certificationCenter: { id: centerId, name: 'Lycée Montaigne' } });
    const tied = await api.gql(`query C($id: ID!) { certificationCenter(id: $id) { school { id name } } }`, { id: centerId }, { token: tokens.CERTIF });
    expect(tied.data!.certificationCenter.school).toEqual({ id: String(school.id), name: 'Lycée Montaigne' });
    const taken = await api.gql(CREATE_CENTER, { input: { name: 'Doublon', type: 'SCO', uai: '0330001A' } }, { token: tokens.CERTIF });
    expect(taken.errors![0].message).toBe('Un centre de certification a déjà cet UAI.');
  });

  it('searches centres by name (accents, case, œ), UAI, type and external id', async () => {
    const names = async (filter: Record<string, unknown>) => (await api.gql(CENTERS, { filter }, { token: tokens.CERTIF })).data!.certificationCenters.edges.map((e: any) => e.node.name);
    expect(await names({ name: 'oenologie' })).toEqual(['Centre Œnologie de Bordeaux']);
    expect(await names({ name: 'CITE' })).toEqual(['Université Paris Cité']);
    expect(await names({ uai: '0330001a' })).toEqual(['Lycée Montaigne']);
    expect(await names({ type: 'SUP' })).toEqual(['Université Paris Cité']);
    expect(await names({ externalId: 'cfa' })).toEqual(['Centre Œnologie de Bordeaux']);
    expect((await api.gql(CENTERS, {}, { token: tokens.METIER })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("changes a centre member's role and removes members, audited, never its last administrator", async () => {
    const centerId = (await api.gql(CENTERS, { filter: { uai: '0330001A' } }, { token: tokens.CERTIF })).data!.certificationCenters.edges[0].node.id;
    const added = await api.gql(ADD_CENTER_MEMBER, { input: { certificationCenterId: centerId, email: 'teacher@example.fr', role: 'MEMBER' } }, { token: tokens.CERTIF });
    const teacherMembership = added.data!.addCertificationCenterMember.id;
    const members = (await api.gql(CENTER, { id: centerId }, { token: tokens.CERTIF })).data!.certificationCenter.members;
    const directorMembership = members.find((m: any) => m.user.email === 'director@example.fr').id;

    const lastAdmin = await api.gql(REMOVE_CENTER_MEMBER, { input: { membershipId: directorMembership } }, { token: tokens.CERTIF });
    expect(lastAdmin.errors![0].extensions!.code).toBe('LAST_ADMIN');
    expect(lastAdmin.errors![0].message).toBe('Il doit rester au moins un administrateur dans le centre de certification : nommez d’abord un autre administrateur.');
    const demoted = await api.gql(CHANGE_CENTER_MEMBER, { input: { membershipId: directorMembership, role: 'MEMBER' } }, { token: tokens.CERTIF });
    expect(demoted.errors![0].extensions!.code).toBe('LAST_ADMIN');

    const promoted = await api.gql(CHANGE_CENTER_MEMBER, { input: { membershipId: teacherMembership, role: 'ADMIN', comment: 'Nouvelle référente' } }, { token: tokens.CERTIF });
    expect(promoted.data!.changeCertificationCenterMemberRole).toEqual({ id: teacherMembership, role: 'ADMIN' });
    expect((await api.gql(REMOVE_CENTER_MEMBER, { input: { membershipId: directorMembership } }, { token: tokens.CERTIF })).data!.removeCertificationCenterMember).toBe(true);
    expect(await audit('CERTIFICATION_CENTER_MEMBER_ROLE_CHANGED')).toEqual([
      expect.objectContaining({ target_id: teacherMembership, comment: 'Nouvelle référente', before: expect.objectContaining({ role: 'MEMBER' }), after: expect.objectContaining({ role: 'ADMIN' }) }),
    ]);
    expect(await audit('CERTIFICATION_CENTER_MEMBER_REMOVED')).toEqual([expect.objectContaining({ target_id: directorMembership, after: null })]);
    expect((await db.query('select role from certification_center_memberships where certification_center_id = $1', [Number(centerId)])).rows).toEqual([{ role: 'ADMIN' }]);
  });

  it("does the same for an organisation's members, audited under the organisation", async () => {
    const em = api.platform.services.orm.em.fork();
    const school = await buildOrganization(em, { name: 'Collège Rameau', type: 'SCO', uai: '0330002B' });
    await buildMembership(em, school.id, users.director.id, 'ADMIN');
    const added = await api.gql(ADD_MEMBER, { input: { organizationId: String(school.id), email: 'newcomer@example.fr', role: 'MEMBER' } }, { token: tokens.SUPER_ADMIN });
    const membershipId = added.data!.addOrganizationMember.id;
    const director = (await db.query('select id from memberships where organization_id = $1 and user_id = $2', [school.id, users.director.id])).rows[0].id;
    expect((await api.gql(REMOVE_MEMBER, { input: { membershipId: String(director) } }, { token: tokens.SUPER_ADMIN })).errors![0].extensions!.code).toBe('LAST_ADMIN');
    expect((await api.gql(CHANGE_MEMBER, { input: { membershipId, role: 'ADMIN' } }, { token: tokens.METIER })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(CHANGE_MEMBER, { input: { membershipId, role: 'ADMIN' } }, { token: tokens.SUPER_ADMIN })).data!.changeOrganizationMemberRole.role).toBe('ADMIN');
    expect((await api.gql(REMOVE_MEMBER, { input: { membershipId: String(director), comment: 'Départ' } }, { token: tokens.SUPER_ADMIN })).data!.removeOrganizationMember).toBe(true);
    expect((await audit('ORGANIZATION_MEMBER_ROLE_CHANGED')).map((r) => [r.target_id, r.organization_id])).toEqual([[membershipId, school.id]]);
    expect((await audit('ORGANIZATION_MEMBER_REMOVED')).map((r) => [r.target_id, r.organization_id, r.comment])).toEqual([[String(director), school.id, 'Départ']]);
  });

  it('edits a centre, audited, then archives it: its members no longer see it, staff still read it and its sessions', async () => {
    const em = api.platform.services.orm.em.fork();
    const center = await buildCertificationCenter(em, { name: 'Centre à archiver', type: 'PRO' });
    await buildCertificationSession(em, { certificationCenterId: center.id });
    const id = String(center.id);
    await api.gql(ADD_CENTER_MEMBER, { input: { certificationCenterId: id, email: 'newcomer@example.fr', role: 'ADMIN' } }, { token: tokens.CERTIF });
    const memberToken = (await api.gql(LOG_IN, { login: users.newcomer.email, password: users.newcomer.password })).data!.logIn.accessToken;
    const mine = async () => (await api.gql(`{ me { certificationCenterMemberships { certificationCenter { id } } } }`, {}, { token: memberToken })).data!.me.certificationCenterMemberships;
    expect(await mine()).toEqual([{ certificationCenter: { id } }]);

    const updated = await api.gql(UPDATE_CENTER, { input: { id, name: 'Centre renommé', externalId: 'EXT-9' } }, { token: tokens.CERTIF });
    expect(updated.data!.updateCertificationCenter).toEqual({ id, name: 'Centre renommé', uai: null, externalId: 'EXT-9' });
    expect((await audit('CERTIFICATION_CENTER_UPDATED')).at(-1)).toMatchObject({ target_id: id, before: { name: 'Centre à archiver' }, after: { name: 'Centre renommé' } });
    const taken = await api.gql(UPDATE_CENTER, { input: { id, type: 'SCO', uai: '0330001A' } }, { token: tokens.CERTIF });
    expect(taken.errors![0].message).toBe('Un centre de certification a déjà cet UAI.');

    const archived = await api.gql(ARCHIVE_CENTER, { id }, { token: tokens.CERTIF });
    expect(archived.data!.archiveCertificationCenter.archivedAt).not.toBeNull();
    expect((await audit('CERTIFICATION_CENTER_ARCHIVED')).at(-1)).toMatchObject({ target_id: id });
    expect(await mine()).toEqual([]);
    expect((await api.gql(CENTER, { id }, { token: memberToken })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const read = await api.gql(CENTER, { id }, { token: tokens.CERTIF });
    expect(read.data!.certificationCenter).toMatchObject({ name: 'Centre renommé', sessions: { totalCount: 1 } });
    expect((await api.gql(CENTERS, { filter: { archived: true } }, { token: tokens.CERTIF })).data!.certificationCenters.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect((await api.gql(UPDATE_CENTER, { input: { id, name: 'Encore' } }, { token: tokens.CERTIF })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
