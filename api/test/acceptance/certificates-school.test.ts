import { parse } from 'csv-parse/sync';
import { CertificateRepository, type SchoolResultsCursor } from '../../src/certification/results/infrastructure/certificate.repository';
import { buildUser } from '../../src/seeds/database-builder';
import { certifiedCandidate, finalizedSession, levelsOf, marksOf, publishSession } from '../helpers/certificate-fixtures';
import { certificationWorld } from '../helpers/certification-centre-fixtures';
import { inflatePdf, pdfPageCount, pdfTexts } from '../helpers/pdf-text';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** What a school sees of its pupils' published certification results, over real HTTP (issue 13). */
const RESULTS = `query R($id: ID!, $division: String) { organization(id: $id) { certificationResultDivisions
  certificationResults(division: $division) { id status firstName lastName birthdate division pixScore date verificationCode certificationCenter
    commentForOrganization competences { code level } } } }`;
const LINKS = `query L($id: ID!, $division: String!) { organization(id: $id) { certificationResultsCsvUrl(division: $division) certificationAttestationsUrl(division: $division) } }`;

describe("certificates: a school's results by class", () => {
  let api: TestApi;
  let world: Awaited<ReturnType<typeof certificationWorld>>;
  let other: Awaited<ReturnType<typeof certificationWorld>>;
  const em = () => api.platform.services.orm.em.fork();
  const logIn = async (email: string, password: string) =>
    (await api.gql(`mutation { logIn(input: { login: "${email}", password: "${password}" }) { accessToken } }`)).data!.logIn.accessToken as string;
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    world = await certificationWorld(em(), logIn);
    other = await certificationWorld(em(), logIn, { uai: '0699999Z', suffix: ' (Lyon)' });
    const content = api.platform.services.content.get();
    const published = await finalizedSession(em(), world.scoCenter, '2026-11-18');
    const pending = await finalizedSession(em(), world.scoCenter);
    const pupil = (learnerId: number, firstName: string, lastName: string) => ({ organizationLearnerId: learnerId, firstName, lastName, externalId: `INE-${lastName}` });
    codes.emma = (await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [3, 2, 4])), commentForOrganization: 'RAS' }, pupil(world.pupils.emma, 'Emma', 'EMERY'))).verificationCode;
    codes.etienne = (await certifiedCandidate(em(), published.id, { status: 'REJECTED', marks: marksOf(levelsOf(content, [1])) }, pupil(world.pupils.etienne, 'Étienne', 'ÉTIENNE'))).verificationCode;
    codes.traore = (await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [1, 1, 1, 1, 2])) }, pupil(world.pupils.traore, 'Awa', 'TRAORÉ'))).verificationCode;
    codes.jules = (await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2])) }, pupil(world.pupils.other, 'Jules', 'ZOLA'))).verificationCode;
    // Not yet published: not shown to the school.
    await certifiedCandidate(em(), pending.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2])) }, pupil(world.pupils.fanny, 'Fanny', 'FABRE'));
    // A candidate of the school's centre who is not one of its pupils: not shown either.
    await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2])) }, { firstName: 'Hors', lastName: 'LISTE' });
    await publishSession(em(), published.id, new Date('2026-12-01T10:00:00Z'));
  });
  afterAll(() => api.stop());

  it("lists the classes with published results, and a class's results in the order of names, scores only for validated ones", async () => {
    const response = await api.gql(RESULTS, { id: String(world.school.id), division: 'TG2' }, { token: world.tokens.admin });
    expect(response.errors).toBeUndefined();
    const { certificationResultDivisions, certificationResults } = response.data!.organization;
    expect(certificationResultDivisions).toEqual(['1G1', 'TG2']);
    expect(certificationResults.map((r: { lastName: string }) => r.lastName)).toEqual(['EMERY', 'ÉTIENNE', 'TRAORÉ']);
    expect(certificationResults[0]).toMatchObject({
      status: 'VALIDATED', firstName: 'Emma', division: 'TG2', pixScore: 72, date: '2026-11-18', verificationCode: codes.emma, certificationCenter: 'Centre du lycée Marie Curie', commentForOrganization: 'RAS',
    });
    expect(certificationResults[0].competences.slice(0, 3).map((c: { level: number }) => c.level)).toEqual([3, 2, 4]);
    expect(certificationResults[1]).toMatchObject({ status: 'REJECTED', pixScore: 0, verificationCode: null, competences: [] });
    const all = await api.gql(RESULTS, { id: String(world.school.id) }, { token: world.tokens.admin });
    expect(all.data!.organization.certificationResults).toHaveLength(4);
  });

  it('reads the results page after page in the same French order as at once (the exports read them so)', async () => {
    const repository = new CertificateRepository(em());
    const all = await repository.schoolResults(world.school.id, null);
    const paged: string[] = [];
    let after: SchoolResultsCursor | null = null;
    for (;;) {
      const page = await repository.schoolResults(world.school.id, null, { after, limit: 1 });
      if (page.length === 0) break;
      paged.push(...page.map((row) => row.lastName));
      after = page[page.length - 1].cursor;
    }
    expect(all.map((row) => row.lastName)).toEqual(['EMERY', 'ÉTIENNE', 'TRAORÉ', 'ZOLA']);
    expect(paged).toEqual(all.map((row) => row.lastName));
  });

  it("downloads the class's results file: semicolons, BOM, French dates, the reference's columns", async () => {
    const links = await api.gql(LINKS, { id: String(world.school.id), division: 'TG2' }, { token: world.tokens.admin });
    expect(links.errors).toBeUndefined();
    const url = new URL(links.data!.organization.certificationResultsCsvUrl);
    const response = await fetch(`${api.url}${url.pathname}${url.search}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    const [header, ...rows] = parse(text.slice(1), { delimiter: ';' }) as string[][];
    const content = api.platform.services.content.get();
    expect(header).toEqual([
      'Numéro de certification', 'Prénom', 'Nom', 'Date de naissance', 'Lieu de naissance', 'Identifiant Externe', 'Statut', 'Nombre de Pix',
      ...content.areas.flatMap((area) => content.competences.filter((c) => c.areaId === area.id).map((c) => c.code)),
      'Session', 'Centre de certification', 'Date de passage de la certification', "Commentaire jury pour l'organisation",
    ]);
    expect(rows).toHaveLength(3);
    const emma = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(emma).toMatchObject({ Prénom: 'Emma', Nom: 'EMERY', 'Date de naissance': '12/05/2008', 'Identifiant Externe': 'INE-EMERY', Statut: 'Validée', 'Nombre de Pix': '72',
      [content.competences[0].code]: '3', [content.competences[5].code]: '-', 'Date de passage de la certification': '18/11/2026', 'Centre de certification': 'Centre du lycée Marie Curie', "Commentaire jury pour l'organisation": 'RAS' });
    expect(rows[1][6]).toBe('Rejetée');
    expect(rows[1][7]).toBe('-');
    // The link is this class's only.
    const forged = `${api.url}${url.pathname}?division=1G1&token=${url.searchParams.get('token')}`;
    expect((await fetch(forged)).status).toBe(403);
  });

  it("downloads the class's attestations as one PDF, one page per validated result", async () => {
    const links = await api.gql(LINKS, { id: String(world.school.id), division: 'TG2' }, { token: world.tokens.admin });
    const url = new URL(links.data!.organization.certificationAttestationsUrl);
    const response = await fetch(`${api.url}${url.pathname}${url.search}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = inflatePdf(Buffer.from(await response.arrayBuffer()));
    expect(pdfPageCount(pdf)).toBe(2);
    const text = pdfTexts(pdf).join('\n');
    for (const expected of ['Emma EMERY', 'Awa TRAORÉ', codes.emma, codes.traore, 'Date de délivrance', '01/12/2026']) expect(text).toContain(expected);
    expect(text).not.toContain('ÉTIENNE');
    // With the access token as well; a class without validated results has nothing to download.
    const bearer = await fetch(`${api.url}/exports/organisations/${world.school.id}/attestations.pdf?division=TG2`, { headers: { authorization: `Bearer ${world.tokens.admin}` } });
    expect(bearer.status).toBe(200);
    await bearer.arrayBuffer();
    const empty = await fetch(`${api.url}/exports/organisations/${world.school.id}/attestations.pdf?division=TG9`, { headers: { authorization: `Bearer ${world.tokens.admin}` } });
    expect(empty.status).toBe(404);
  });

  it("refuses another school's members, learners and anonymous callers, and lets the support team read", async () => {
    const refused = await api.gql(RESULTS, { id: String(world.school.id), division: 'TG2' }, { token: other.tokens.admin });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const links = await api.gql(LINKS, { id: String(world.school.id), division: 'TG2' }, { token: other.tokens.admin });
    expect(links.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const document of ['certifications.csv', 'attestations.pdf']) {
      const path = `${api.url}/exports/organisations/${world.school.id}/${document}?division=TG2`;
      expect((await fetch(path, { headers: { authorization: `Bearer ${other.tokens.admin}` } })).status).toBe(403);
      expect((await fetch(path, { headers: { authorization: `Bearer ${world.tokens.learner}` } })).status).toBe(403);
      expect((await fetch(path)).status).toBe(401);
    }
    // A link made by the other school's administrator for their own school does not open this one.
    const own = await api.gql(LINKS, { id: String(other.school.id), division: 'TG2' }, { token: other.tokens.admin });
    const token = new URL(own.data!.organization.certificationResultsCsvUrl).searchParams.get('token')!;
    expect((await fetch(`${api.url}/exports/organisations/${world.school.id}/certifications.csv?division=TG2&token=${token}`)).status).toBe(403);
    // Their own school has no results: nothing of this one leaks.
    expect((await api.gql(RESULTS, { id: String(other.school.id) }, { token: other.tokens.admin })).data!.organization.certificationResults).toEqual([]);
    const support = await buildUser(em(), { platformRole: 'SUPPORT' });
    const read = await api.gql(RESULTS, { id: String(world.school.id), division: 'TG2' }, { token: await logIn(support.email!, support.password) });
    expect(read.data!.organization.certificationResults).toHaveLength(3);
  });
});
