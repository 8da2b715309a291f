import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { buildUser } from '../../src/seeds/database-builder';
import { certificationWorld, createSessionMutation, sessionInput } from '../helpers/certification-centre-fixtures';
import { startTestApi, type TestApi } from '../helpers/test-api';

const CANDIDATE = 'id firstName lastName birthdate sex birthCity birthInseeCode birthPostalCode birthCountry extraTimePercentage isSchoolPupil hasJoined';
const addMutation = `mutation A($input: AddCertificationCandidateInput!) { addCertificationCandidate(input: $input) { ${CANDIDATE} } }`;
const enrolMutation = `mutation E($input: EnrolStudentsInput!) { enrolStudentsToSession(input: $input) { ${CANDIDATE} } }`;

/** A session's candidates over real HTTP: a SCO centre enrols its pupils, other centres add theirs; documents. */
describe('certification candidates', () => {
  let api: TestApi;
  let world: Awaited<ReturnType<typeof certificationWorld>>;
  let staff: string;
  const logIn = async (email: string, password: string) =>
    (await api.gql(`mutation { logIn(input: { login: "${email}", password: "${password}" }) { accessToken } }`)).data!.logIn.accessToken as string;
  const newSession = async (token: string, center: number) => (await api.gql(createSessionMutation, { input: sessionInput(center) }, { token })).data!.createCertificationSession.id as string;
  const candidate = (sessionId: string, overrides: Record<string, unknown> = {}) => ({
    sessionId,
    firstName: 'Camille',
    lastName: 'Dupont',
    birthdate: '1990-02-14',
    sex: 'F',
    birthInseeCode: '75115',
    birthCountry: 'France',
    extraTimePercentage: 0,
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestApi();
    const em = api.platform.services.orm.em.fork();
    world = await certificationWorld(em, logIn);
    const support = await buildUser(em, { platformRole: 'SUPPORT' });
    staff = await logIn(support.email!, support.password);
  });
  afterAll(() => api.stop());

  it("lists the school's pupils by class for a SCO centre, then enrols them pre-filled from SIECLE, in French order", async () => {
    const sessionId = await newSession(world.tokens.admin, world.scoCenter);
    const list = `query P($s: ID!, $d: String) { enrolablePupils(sessionId: $s, division: $d) { divisions pupils { id lastName division alreadyEnrolled } } }`;
    const tg2 = await api.gql(list, { s: sessionId, d: 'TG2' }, { token: world.tokens.admin });
    expect(tg2.errors).toBeUndefined();
    expect(tg2.data!.enrolablePupils.divisions).toEqual(['1G1', 'TG2']);
    expect(tg2.data!.enrolablePupils.pupils.map((p: any) => p.lastName)).toEqual(['EMERY', 'ÉTIENNE', 'FABRE', 'TRAORÉ']);

    const { pupils } = world;
    const enrolled = await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [pupils.traore, pupils.fanny, pupils.etienne].map(String) } }, { token: world.tokens.admin });
    expect(enrolled.errors).toBeUndefined();
    expect(enrolled.data!.enrolStudentsToSession).toEqual([
      expect.objectContaining({ lastName: 'ÉTIENNE', firstName: 'Étienne', sex: 'M', birthdate: '2008-05-12', birthInseeCode: '75115', birthCity: 'PARIS 15', birthCountry: 'FRANCE', isSchoolPupil: true }),
      expect.objectContaining({ lastName: 'FABRE' }),
      expect.objectContaining({ lastName: 'TRAORÉ', birthCountry: 'SÉNÉGAL', birthCity: 'DAKAR', birthInseeCode: null }),
    ]);
    const again = await api.gql(list, { s: sessionId, d: 'TG2' }, { token: world.tokens.admin });
    expect(again.data!.enrolablePupils.pupils.filter((p: any) => p.alreadyEnrolled).map((p: any) => p.lastName)).toEqual(['ÉTIENNE', 'FABRE', 'TRAORÉ']);

    const twice = await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(pupils.emma), String(pupils.fanny)] } }, { token: world.tokens.admin });
    expect(twice.errors![0].message).toBe('Fanny FABRE est déjà inscrit(e) à cette session.');
    const left = await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(pupils.left)] } }, { token: world.tokens.admin });
    expect(left.errors![0].message).toContain("n'est pas (ou plus) élève");
    expect((await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(pupils.emma)] } }, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(list, { s: sessionId }, { token: world.tokens.learner })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const session = await api.gql(`{ certificationSession(id: "${sessionId}") { candidateCount candidates { lastName extraTimePercentage } } }`, {}, { token: world.tokens.admin });
    expect(session.data!.certificationSession.candidateCount).toBe(3);
    expect(session.data!.certificationSession.candidates.map((c: any) => c.lastName)).toEqual(['ÉTIENNE', 'FABRE', 'TRAORÉ']);
  });

  it('enrols a pupil whose sex SIECLE did not give with no sex rather than a made-up one, and refuses one with no birth date', async () => {
    const knex = knexOf(api.platform.services.orm.em.fork());
    const sessionId = await newSession(world.tokens.admin, world.scoCenter);
    await knex('organization_learners').where({ id: world.pupils.other }).update({ sex: null });
    const enrolled = await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(world.pupils.other)] } }, { token: world.tokens.admin });
    expect(enrolled.data!.enrolStudentsToSession).toEqual([expect.objectContaining({ lastName: 'ZOLA', sex: null })]);
    const page = await api.gql(`{ certificationSession(id: "${sessionId}") { candidates { lastName sex } } }`, {}, { token: world.tokens.admin });
    expect(page.data!.certificationSession.candidates).toEqual([{ lastName: 'ZOLA', sex: null }]);

    await knex('organization_learners').where({ id: world.pupils.emma }).update({ birthdate: null });
    const undated = await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(world.pupils.emma)] } }, { token: world.tokens.admin });
    expect(undated.errors![0].message).toBe("La date de naissance de l'élève Emma EMERY manque dans les données SIECLE : importez un fichier SIECLE à jour avant de l'inscrire.");
    expect(await knex('certification_candidates').where({ session_id: Number(sessionId) }).count({ n: '*' })).toEqual([{ n: '1' }]);
    await knex('organization_learners').where({ id: world.pupils.emma }).update({ birthdate: '2008-05-12' });
    await knex('organization_learners').where({ id: world.pupils.other }).update({ sex: 'M' });
  });

  it("sets a pupil's extra time, and refuses more than 100 %", async () => {
    const sessionId = await newSession(world.tokens.admin, world.scoCenter);
    const [pupil] = (await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(world.pupils.emma)] } }, { token: world.tokens.admin })).data!.enrolStudentsToSession;
    const update = `mutation U($input: UpdateCertificationCandidateInput!) { updateCertificationCandidate(input: $input) { extraTimePercentage } }`;
    const set = await api.gql(update, { input: { candidateId: pupil.id, extraTimePercentage: 30 } }, { token: world.tokens.admin });
    expect(set.data!.updateCertificationCandidate.extraTimePercentage).toBe(30);
    const tooMuch = await api.gql(update, { input: { candidateId: pupil.id, extraTimePercentage: 150 } }, { token: world.tokens.admin });
    expect(tooMuch.errors![0]).toMatchObject({ extensions: { field: 'extraTimePercentage' }, message: expect.stringContaining('de 0 à 100') });
    expect((await api.gql(update, { input: { candidateId: pupil.id, extraTimePercentage: 10 } }, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('adds candidates by hand in other centres, checks them, and refuses a duplicate', async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    const added = await api.gql(addMutation, { input: candidate(sessionId, { extraTimePercentage: 30, resultRecipientEmail: 'RH@Example.net' }) }, { token: world.tokens.proMember });
    expect(added.errors).toBeUndefined();
    expect(added.data!.addCertificationCandidate).toMatchObject({ lastName: 'Dupont', birthCountry: 'FRANCE', birthInseeCode: '75115', extraTimePercentage: 30, isSchoolPupil: false });

    const duplicate = await api.gql(addMutation, { input: candidate(sessionId, { lastName: 'DUPONT', firstName: 'camille' }) }, { token: world.tokens.proMember });
    expect(duplicate.errors![0].message).toBe('camille DUPONT, né(e) le 14/02/1990, est déjà inscrit(e) à cette session.');
    const both = await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Léa', birthPostalCode: '75015', birthCity: 'Paris' }) }, { token: world.tokens.proMember });
    expect(both.errors![0].message).toContain('soit le code INSEE');
    const postal = await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Léa', birthInseeCode: null, birthPostalCode: '75015', birthCity: 'Paris' }) }, { token: world.tokens.proMember });
    expect(postal.data!.addCertificationCandidate).toMatchObject({ birthPostalCode: '75015', birthCity: 'Paris', birthInseeCode: null });
    const abroad = await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Inès', birthCountry: 'Myanmar', birthInseeCode: null, birthCity: 'Rangoun' }) }, { token: world.tokens.proMember });
    expect(abroad.data!.addCertificationCandidate).toMatchObject({ birthCountry: 'BIRMANIE', birthCity: 'Rangoun', birthInseeCode: null });
    const list = (await api.gql('{ certificationCountries { code name aliases } }', {}, { token: world.tokens.proMember })).data!.certificationCountries;
    expect(list.length).toBeGreaterThan(220);
    expect(list).toContainEqual({ code: '99224', name: 'BIRMANIE', aliases: ['MYANMAR'] });
    const country = await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Zoé', birthCountry: 'Atlantide' }) }, { token: world.tokens.proMember });
    expect(country.errors![0]).toMatchObject({ extensions: { field: 'birthCountry' }, message: expect.stringContaining('« Atlantide » est inconnu') });

    const sco = await newSession(world.tokens.admin, world.scoCenter);
    expect((await api.gql(addMutation, { input: candidate(sco) }, { token: world.tokens.admin })).errors![0].message).toContain('Inscrire des élèves');
    expect((await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(world.pupils.emma)] } }, { token: world.tokens.proMember })).errors![0].message).toContain('Seul un centre SCO');
    expect((await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Autre' }) }, { token: world.tokens.outsider })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Autre' }) }, { token: staff })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('removes a candidate until one joined, then refuses every change of candidates', async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    const a = (await api.gql(addMutation, { input: candidate(sessionId) }, { token: world.tokens.proMember })).data!.addCertificationCandidate;
    const b = (await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Bruno', sex: 'M' }) }, { token: world.tokens.proMember })).data!.addCertificationCandidate;
    const remove = (id: string, token = world.tokens.proMember) => api.gql(`mutation { removeCertificationCandidate(candidateId: "${id}") }`, {}, { token });
    expect((await remove(a.id, world.tokens.outsider)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await remove(a.id)).data!.removeCertificationCandidate).toBe(true);
    await knexOf(api.platform.services.orm.em.fork())('certification_candidates').where({ id: Number(b.id) }).update({ joined_at: new Date() });
    expect((await remove(b.id)).errors![0].message).toContain('Un candidat a déjà rejoint cette session');
    expect((await api.gql(addMutation, { input: candidate(sessionId, { firstName: 'Chloé' }) }, { token: world.tokens.proMember })).errors![0].extensions!.reason).toBe('SESSION_LOCKED');
  });

  it('serves the attendance sheet and the incident report form to the centre and the staff only', async () => {
    const sessionId = await newSession(world.tokens.admin, world.scoCenter);
    await api.gql(enrolMutation, { input: { sessionId, organizationLearnerIds: [String(world.pupils.emma)] } }, { token: world.tokens.admin });
    const get = (document: string, token?: string) =>
      fetch(`${api.url}/documents/sessions/${sessionId}/${document}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    for (const document of ['feuille-emargement.pdf', 'pv-incident.pdf']) {
      const response = await get(document, world.tokens.admin);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(new RegExp(`attachment; filename=".*-session-${sessionId}\\.pdf"`));
      const body = Buffer.from(await response.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      expect(body.length).toBeGreaterThan(5000);
      expect((await get(document, staff)).status).toBe(200);
      expect((await get(document, world.tokens.outsider)).status).toBe(403);
      expect((await get(document, world.tokens.learner)).status).toBe(403);
      expect((await get(document)).status).toBe(401);
    }
    expect((await get('autre.pdf', world.tokens.admin)).status).toBe(404);
    const unknown = await fetch(`${api.url}/documents/sessions/999999/feuille-emargement.pdf`, { headers: { authorization: `Bearer ${world.tokens.admin}` } });
    expect(unknown.status).toBe(404);
  });

  it('serves the candidates file template: semicolons, UTF-8 BOM, French headers', async () => {
    const response = await fetch(`${api.url}/documents/modele-liste-candidats.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(
      'Nom de naissance;Prénom;Date de naissance (JJ/MM/AAAA);Sexe (M ou F);Code INSEE de la commune de naissance;Code postal de la commune de naissance;Nom de la commune de naissance;Pays de naissance;E-mail du destinataire des résultats;Identifiant externe;Temps majoré (%)',
    );
  });
});
