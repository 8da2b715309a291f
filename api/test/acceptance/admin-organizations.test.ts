import { Client } from 'pg';
import { buildCampaign, buildMembership, buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const SEARCH = `query S($first: Int, $after: String, $filter: OrganizationsFilter) { organizations(first: $first, after: $after, filter: $filter) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name type uai externalId provinceCode archivedAt tags { name } } } } }`;
const CREATE = `mutation C($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  id name type uai email isManagingStudents provinceCode externalId tags { name } } }`;
const UPDATE = `mutation U($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name uai email provinceCode externalId isManagingStudents tags { name } } }`;
const ARCHIVE = `mutation A($id: ID!, $comment: String) { archiveOrganization(id: $id, comment: $comment) { id archivedAt } }`;
const TAGS = `{ tags { id name } }`;

/** Pix Admin's organisations (issue 16): the staff's search, creation, edition and archival, each audited. */
describe('Pix Admin: organisations', () => {
  let api: TestApi;
  let db: Client;
  const tokens: Record<string, string> = {};
  let tagIds: Record<string, string>;
  const auditRows = async (action: string, targetId: string) =>
    (await db.query('select actor_user_id, organization_id, before, after, comment from audit_log where action = $1 and target_id = $2', [action, targetId])).rows;

  beforeAll(async () => {
    api = await startTestApi();
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    for (const role of ['SUPER_ADMIN', 'SUPPORT', 'METIER'] as const) {
      const user = await buildUser(em, { firstName: role, platformRole: role });
      tokens[role] = (await api.gql(LOG_IN, { login: user.email, password: user.password })).data!.logIn.accessToken;
    }
    const names = ['Lycée Cœur de France', 'LYCEE JEAN MOULIN', 'Collège Étienne Dolet', 'Université de Lille', 'Mairie de Saint-Étienne', 'Lycée agricole du Périgord'];
    for (const [i, name] of names.entries()) await buildOrganization(em, { name, type: i === 3 ? 'SUP' : i === 4 ? 'PRO' : 'SCO', uai: i === 3 || i === 4 ? null : `075000${i}A` });
    tagIds = Object.fromEntries(((await api.gql(TAGS, {}, { token: tokens.METIER })).data!.tags as { id: string; name: string }[]).map((t) => [t.name, t.id]));
  });
  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('lists the seeded tags in French order', () => {
    expect(Object.keys(tagIds)).toEqual(['AEFE', 'Agriculture', 'MEDNUM', 'POLE EMPLOI', 'Privé', 'Public']);
  });

  it('searches names whatever the case, the accents and œ, in French order, page by page', async () => {
    const search = async (filter: Record<string, unknown>, first = 20, after?: string) => (await api.gql(SEARCH, { filter, first, after }, { token: tokens.METIER })).data!.organizations;
    expect((await search({ name: 'coeur' })).edges.map((e: any) => e.node.name)).toEqual(['Lycée Cœur de France']);
    expect((await search({ name: 'ETIENNE' })).edges.map((e: any) => e.node.name)).toEqual(['Collège Étienne Dolet', 'Mairie de Saint-Étienne']);
    const lycees = await search({ name: 'lycee' }, 2);
    expect(lycees.totalCount).toBe(3);
    expect(lycees.edges.map((e: any) => e.node.name)).toEqual(['Lycée agricole du Périgord', 'Lycée Cœur de France']);
    expect(lycees.pageInfo.hasNextPage).toBe(true);
    const next = await search({ name: 'lycee' }, 2, lycees.pageInfo.endCursor);
    expect(next.edges.map((e: any) => e.node.name)).toEqual(['LYCEE JEAN MOULIN']);
    expect(next.pageInfo.hasNextPage).toBe(false);
    expect((await search({ uai: '0750001a' })).edges.map((e: any) => e.node.name)).toEqual(['LYCEE JEAN MOULIN']);
    expect((await search({ type: 'SUP' })).edges.map((e: any) => e.node.name)).toEqual(['Université de Lille']);
  });

  it('creates an organisation with every field and its tags, audited; finds it by external id and tag', async () => {
    const created = await api.gql(
      CREATE,
      {
        input: {
          name: 'Lycée Français de Rabat', type: 'SCO', uai: '0750099z', email: 'Direction@LFR.example', provinceCode: '099', externalId: 'AEFE-RABAT-1',
          tagIds: [tagIds.AEFE, tagIds.Public], comment: 'Ticket 42',
        },
      },
      { token: tokens.SUPER_ADMIN },
    );
    expect(created.errors).toBeUndefined();
    const organization = created.data!.createOrganization;
    expect(organization).toMatchObject({ name: 'Lycée Français de Rabat', type: 'SCO', uai: '0750099Z', email: 'direction@lfr.example', isManagingStudents: true, provinceCode: '099', externalId: 'AEFE-RABAT-1' });
    expect(organization.tags).toEqual([{ name: 'AEFE' }, { name: 'Public' }]);
    const [audit] = await auditRows('ORGANIZATION_CREATED', organization.id);
    expect(audit).toMatchObject({ organization_id: Number(organization.id), comment: 'Ticket 42', after: { uai: '0750099Z', tags: ['AEFE', 'Public'], provinceCode: '099' } });
    const byExternalId = await api.gql(SEARCH, { filter: { externalId: 'rabat' } }, { token: tokens.SUPPORT });
    expect(byExternalId.data!.organizations.edges.map((e: any) => e.node.id)).toEqual([organization.id]);
    const byTags = await api.gql(SEARCH, { filter: { tagIds: [tagIds.AEFE, tagIds.Public] } }, { token: tokens.SUPPORT });
    expect(byTags.data!.organizations.edges.map((e: any) => e.node.id)).toEqual([organization.id]);
    expect((await api.gql(SEARCH, { filter: { tagIds: [tagIds.AEFE, tagIds['Privé']] } }, { token: tokens.SUPPORT })).data!.organizations.totalCount).toBe(0);
  });

  it('refuses a UAI already used by an active organisation, with a translated error that says what to do', async () => {
    const taken = await api.gql(CREATE, { input: { name: 'Doublon', type: 'SCO', uai: '0750000A' } }, { token: tokens.SUPER_ADMIN });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uai' });
    expect(taken.errors![0].message).toBe('Une organisation active a déjà cet UAI : modifiez-la plutôt que d’en créer une seconde.');
    const other = (await api.gql(SEARCH, { filter: { uai: '0750002A' } }, { token: tokens.SUPPORT })).data!.organizations.edges[0].node.id;
    const renamed = await api.gql(UPDATE, { input: { id: other, uai: '0750000A' } }, { token: tokens.SUPPORT, headers: { 'accept-language': 'en' } });
    expect(renamed.errors![0].message).toBe('An active organisation already has this UAI: edit it rather than creating a second one.');
    const badFormat = await api.gql(CREATE, { input: { name: 'Format', type: 'SCO', uai: '75A' } }, { token: tokens.SUPER_ADMIN });
    expect(badFormat.errors![0].message).toBe("L'UAI doit compter 7 chiffres suivis d'une lettre (exemple : 0751234A).");
    const badProvince = await api.gql(CREATE, { input: { name: 'Département', type: 'PRO', provinceCode: '7' } }, { token: tokens.SUPER_ADMIN });
    expect(badProvince.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'provinceCode' });
    expect(await auditRows('ORGANIZATION_UPDATED', other)).toEqual([]);
  });

  it('edits the fields given and the tags, leaving the others, with the before and after in the audit log', async () => {
    const id = (await api.gql(SEARCH, { filter: { name: 'perigord' } }, { token: tokens.SUPPORT })).data!.organizations.edges[0].node.id;
    const updated = await api.gql(UPDATE, { input: { id, name: 'Lycée agricole du Périgord Noir', provinceCode: '24', tagIds: [tagIds.Agriculture], comment: 'Nouveau nom' } }, { token: tokens.SUPPORT });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganization).toMatchObject({ name: 'Lycée agricole du Périgord Noir', uai: '0750005A', provinceCode: '24', tags: [{ name: 'Agriculture' }], isManagingStudents: true });
    const [audit] = await auditRows('ORGANIZATION_UPDATED', id);
    expect(audit.before).toMatchObject({ name: 'Lycée agricole du Périgord', provinceCode: null, tags: [] });
    expect(audit.after).toMatchObject({ name: 'Lycée agricole du Périgord Noir', provinceCode: '24', tags: ['Agriculture'] });
    expect(audit.comment).toBe('Nouveau nom');
    const cleared = await api.gql(UPDATE, { input: { id, provinceCode: '', tagIds: [] } }, { token: tokens.SUPPORT });
    expect(cleared.data!.updateOrganization).toMatchObject({ provinceCode: null, tags: [] });
  });

  it('archives: campaigns archived, members refused in it, the UAI free again, audited; nothing more can change it', async () => {
    const em = api.platform.services.orm.em.fork();
    const school = await buildOrganization(em, { name: 'Collège à fermer', type: 'SCO', uai: '0750777K' });
    const admin = await buildUser(em, { firstName: 'Claire' });
    await buildMembership(em, school.id, admin.id, 'ADMIN');
    const campaign = await buildCampaign(em, { organizationId: school.id, creatorId: admin.id, name: 'Rentrée' });
    const adminToken = (await api.gql(LOG_IN, { login: admin.email, password: admin.password })).data!.logIn.accessToken;
    const id = String(school.id);
    expect((await api.gql(`{ me { memberships { organization { id } } } }`, {}, { token: adminToken })).data!.me.memberships).toEqual([{ organization: { id } }]);
    const invited = await api.gql(`mutation I($o: ID!) { inviteMembers(organizationId: $o, emails: ["remplacant@example.fr"]) { id } }`, { o: id }, { token: adminToken });
    expect(invited.errors).toBeUndefined();
    const { code } = (await db.query('select code from organization_invitations where organization_id = $1', [school.id])).rows[0];

    expect((await api.gql(ARCHIVE, { id }, { token: tokens.METIER })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const archived = await api.gql(ARCHIVE, { id, comment: 'Fermeture' }, { token: tokens.SUPER_ADMIN });
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveOrganization.archivedAt).not.toBeNull();
    expect((await db.query('select archived_at from campaigns where id = $1', [campaign.id])).rows[0].archived_at).not.toBeNull();
    const [audit] = await auditRows('ORGANIZATION_ARCHIVED', id);
    expect(audit).toMatchObject({ comment: 'Fermeture', after: { campaignsArchived: 1 } });

    // Its members no longer see it nor act in it.
    expect((await api.gql(`{ me { memberships { organization { id } } } }`, {}, { token: adminToken })).data!.me.memberships).toEqual([]);
    expect((await api.gql(`query O($id: ID!) { organization(id: $id) { name } }`, { id }, { token: adminToken })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const invite = await api.gql(`mutation I($o: ID!) { inviteMembers(organizationId: $o, emails: ["x@example.fr"]) { id } }`, { o: id }, { token: adminToken });
    expect(invite.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await db.query('select count(*) from organization_invitations where organization_id = $1', [school.id])).rows[0].count).toBe('1');
    // An invitation sent before no longer opens it.
    const invitee = await buildUser(em, { firstName: 'Remplaçant', email: 'remplacant@example.fr' });
    const inviteeToken = (await api.gql(LOG_IN, { login: invitee.email, password: invitee.password })).data!.logIn.accessToken;
    const accepted = await api.gql(`mutation A($code: String!) { acceptOrganizationInvitation(code: $code) { role } }`, { code }, { token: inviteeToken });
    expect(accepted.errors![0].extensions!.code).toBe('INVITATION_INVALID');
    expect((await db.query('select count(*) from memberships where organization_id = $1', [school.id])).rows[0].count).toBe('1');

    // Staff still read it (archived filter), never change it; its UAI is free.
    const list = await api.gql(SEARCH, { filter: { archived: true } }, { token: tokens.SUPPORT });
    expect(list.data!.organizations.edges.map((e: any) => e.node.id)).toEqual([id]);
    expect((await api.gql(SEARCH, { filter: { name: 'fermer' } }, { token: tokens.SUPPORT })).data!.organizations.totalCount).toBe(0);
    expect((await api.gql(ARCHIVE, { id }, { token: tokens.SUPER_ADMIN })).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await api.gql(UPDATE, { input: { id, name: 'Rouvert' } }, { token: tokens.SUPER_ADMIN })).errors![0].message).toMatch(/archivée/);
    const reopened = await api.gql(CREATE, { input: { name: 'Collège rouvert', type: 'SCO', uai: '0750777K' } }, { token: tokens.SUPER_ADMIN });
    expect(reopened.errors).toBeUndefined();
  });
});
