import { buildUser } from '../../src/seeds/database-builder';
import { addScoring, certifiedCandidate, finalizedSession, levelsOf, marksOf, publishSession, randomVerificationCode } from '../helpers/certificate-fixtures';
import { centreWithMember, logIn } from '../helpers/certification-fixtures';
import { inflatePdf, pdfPageCount, pdfTexts } from '../helpers/pdf-text';
import { startTestApi, type TestApi } from '../helpers/test-api';

/** What a candidate and anyone see of a certificate, over real HTTP (issue 13). */
const MY_CERTIFICATIONS = `{ me { certifications { id status pixScore maxPixScore date deliveredAt certificationCenter verificationCode commentForCandidate
  competences { code level areaCode } areas { code competences { code level } } attestationUrl credentialUrl } } }`;
const VERIFY = `query V($code: String!) { verifyCertificate(code: $code) { firstName lastName birthdate date certificationCenter pixScore maxPixScore verificationCode
  competences { code level } areas { code name competences { code name level } } } }`;

describe('certificates: the holder and the public verification', () => {
  let api: TestApi;
  let centre: Awaited<ReturnType<typeof centreWithMember>>;
  const em = () => api.platform.services.orm.em.fork();

  beforeAll(async () => {
    api = await startTestApi();
    centre = await centreWithMember(api, 'Centre Pix de Lyon');
  });
  afterAll(() => api.stop());

  async function holder(firstName = 'Léa', lastName = 'Dupont') {
    const user = await buildUser(em(), { firstName, lastName });
    return { ...user, token: await logIn(api, user) };
  }

  async function download(path: string, token?: string) {
    const response = await fetch(`${api.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
  }

  it('shows a certification as pending until its session is published, then its results, levels by area, code and documents', async () => {
    const content = api.platform.services.content.get();
    const lea = await holder();
    const session = await finalizedSession(em(), centre.centreId, '2026-11-20');
    const marks = marksOf(levelsOf(content, [3, 2, 4, 0, 1]));
    const { courseId, verificationCode } = await certifiedCandidate(em(), session.id, { status: 'VALIDATED', marks, commentForCandidate: 'Bravo pour ce parcours.' }, { userId: lea.id, birthCity: 'LYON 3' });

    const before = await api.gql(MY_CERTIFICATIONS, {}, { token: lea.token });
    expect(before.errors).toBeUndefined();
    expect(before.data!.me.certifications).toEqual([
      expect.objectContaining({ id: String(courseId), status: 'PENDING', pixScore: null, verificationCode: null, commentForCandidate: null, competences: [], attestationUrl: null, credentialUrl: null, date: '2026-11-20', certificationCenter: 'Centre Pix de Lyon' }),
    ]);
    expect((await download(`/certificats/${courseId}/attestation.pdf`, lea.token)).status).toBe(404);

    await publishSession(em(), session.id);
    const after = (await api.gql(MY_CERTIFICATIONS, {}, { token: lea.token })).data!.me.certifications[0];
    expect(after).toMatchObject({
      status: 'VALIDATED',
      pixScore: (3 + 2 + 4 + 1) * 8,
      maxPixScore: content.competences.length * 8 * 6,
      verificationCode,
      commentForCandidate: 'Bravo pour ce parcours.',
      attestationUrl: `/certificats/${courseId}/attestation.pdf`,
      credentialUrl: `/certificats/${courseId}/credential.json`,
    });
    expect(after.deliveredAt).not.toBeNull();
    expect(after.competences).toHaveLength(content.competences.length);
    expect(after.competences.slice(0, 5).map((c: { level: number }) => c.level)).toEqual([3, 2, 4, 0, 1]);
    expect(after.areas.map((a: { code: string }) => a.code)).toEqual(content.areas.map((a) => a.code));
    expect(after.areas.flatMap((a: { competences: unknown[] }) => a.competences)).toHaveLength(content.competences.length);

    const pdf = await download(after.attestationUrl, lea.token);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const inflated = inflatePdf(pdf.body);
    expect(pdfPageCount(inflated)).toBe(1);
    const text = pdfTexts(inflated).join('\n');
    for (const expected of ['Léa Dupont', 'Né(e) le 12/05/2008 à LYON 3', '20/11/2026', 'Centre Pix de Lyon', `Score : 80 pix sur ${content.competences.length * 48}`, verificationCode, 'Niveau 4', 'Non certifiée', 'Bravo pour ce parcours.', `verifier-un-certificat?code=${verificationCode}`]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`${content.competences[0].code} ${content.competences[0].name}`);
  });

  it('keeps the latest scoring run: a certification the jury rejected after a first validation shows as rejected, without score nor documents', async () => {
    const content = api.platform.services.content.get();
    const tom = await holder('Tom', 'Martin');
    const session = await finalizedSession(em(), centre.centreId);
    const { courseId } = await certifiedCandidate(em(), session.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [3, 3, 3])) }, { userId: tom.id, firstName: 'Tom', lastName: 'Martin' });
    await addScoring(em(), courseId, 'REJECTED', marksOf(levelsOf(content, [3, 3, 3])), 'JURY');
    await publishSession(em(), session.id);
    const [mine] = (await api.gql(MY_CERTIFICATIONS, {}, { token: tom.token })).data!.me.certifications;
    expect(mine).toMatchObject({ status: 'REJECTED', pixScore: 0, verificationCode: null, competences: [], attestationUrl: null, credentialUrl: null });
    expect((await download(`/certificats/${courseId}/attestation.pdf`, tom.token)).status).toBe(404);
  });

  it("refuses someone else's attestation to another learner and to anonymous callers, and gives it to the support team", async () => {
    const content = api.platform.services.content.get();
    const owner = await holder('Nora', 'Benali');
    const other = await holder('Paul', 'Curieux');
    const session = await finalizedSession(em(), centre.centreId);
    const { courseId } = await certifiedCandidate(em(), session.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2, 2, 2, 2, 2])) }, { userId: owner.id, firstName: 'Nora', lastName: 'Benali' });
    await publishSession(em(), session.id);
    const path = `/certificats/${courseId}/attestation.pdf`;
    expect((await download(path, owner.token)).status).toBe(200);
    const refused = await download(path, other.token);
    expect(refused.status).toBe(404);
    expect(refused.body.toString()).not.toContain('Nora');
    expect((await download(path)).status).toBe(401);
    expect((await download('/certificats/99999999/attestation.pdf', other.token)).status).toBe(404);
    expect((await download('/certificats/abc/attestation.pdf', other.token)).status).toBe(404);
    const support = await buildUser(em(), { platformRole: 'SUPPORT' });
    expect((await download(path, await logIn(api, support))).status).toBe(200);
    // Nor through the API: another account's certifications are not readable.
    expect((await api.gql(MY_CERTIFICATIONS, {}, { token: other.token })).data!.me.certifications).toEqual([]);
  });

  it('verifies a published, validated certificate by its code typed loosely, and answers null alike for every other code', async () => {
    const content = api.platform.services.content.get();
    const published = await finalizedSession(em(), centre.centreId, '2026-10-02');
    const unpublished = await finalizedSession(em(), centre.centreId);
    const marks = marksOf(levelsOf(content, [5, 4, 3, 2, 1, 1]));
    const valid = await certifiedCandidate(em(), published.id, { status: 'VALIDATED', marks }, { firstName: 'Inès', lastName: 'Moreau', birthdate: '2007-01-31' });
    const rejected = await certifiedCandidate(em(), published.id, { status: 'REJECTED', marks }, { firstName: 'Rémi', lastName: 'Rejet' });
    const cancelled = await certifiedCandidate(em(), published.id, { status: 'CANCELLED', marks }, { firstName: 'Anne', lastName: 'Annulée' });
    const pending = await certifiedCandidate(em(), unpublished.id, { status: 'VALIDATED', marks }, { firstName: 'Paul', lastName: 'Attente' });
    await publishSession(em(), published.id);

    const typed = ` ${valid.verificationCode.toLowerCase().replace('-', ' ')} `;
    const found = await api.gql(VERIFY, { code: typed });
    expect(found.errors).toBeUndefined();
    // The attempt counted (and given back, the certificate found) and the certificate read: one statement.
    expect(found.headers.get('x-sql-statements')).toBe('1');
    expect(found.data!.verifyCertificate).toMatchObject({
      firstName: 'Inès',
      lastName: 'Moreau',
      birthdate: '2007-01-31',
      date: '2026-10-02',
      certificationCenter: 'Centre Pix de Lyon',
      pixScore: (5 + 4 + 3 + 2 + 1 + 1) * 8,
      verificationCode: valid.verificationCode,
    });
    expect(found.data!.verifyCertificate.competences).toHaveLength(content.competences.length);
    expect(found.data!.verifyCertificate.areas[0].competences[0]).toEqual({ code: content.competences[0].code, name: content.competences[0].name, level: 5 });

    const answers = [];
    for (const code of [rejected.verificationCode, cancelled.verificationCode, pending.verificationCode, randomVerificationCode(), 'n’importe quoi', '']) {
      answers.push(await api.gql(VERIFY, { code }));
    }
    for (const answer of answers) expect({ data: answer.data, errors: answer.errors }).toEqual({ data: { verifyCertificate: null }, errors: undefined });
  });
});

describe('certificates: the public verification is throttled per address', () => {
  let api: TestApi;
  const em = () => api.platform.services.orm.em.fork();
  const verify = (code: string, address: string) =>
    api.gql('query V($code: String!) { verifyCertificate(code: $code) { lastName } }', { code }, { headers: { 'x-forwarded-for': address } });

  beforeAll(async () => {
    api = await startTestApi({ env: { THROTTLE_ADDRESS_FAILURES: '5', TRUST_PROXY: 'loopback' } });
  });
  afterAll(() => api.stop());

  it('counts every lookup before checking it: of 12 parallel random codes, 5 are answered and 7 refused, and then any code waits', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => verify(randomVerificationCode(), '203.0.113.1')));
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === 'TOO_MANY_ATTEMPTS');
    const answered = answers.filter((a) => a.errors === undefined && a.data?.verifyCertificate === null);
    expect(answered).toHaveLength(5);
    expect(refused).toHaveLength(7);
    const later = await verify('P-C3YFQ8GC', '203.0.113.1');
    expect(later.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('a certificate found costs no attempt; once the failures spend the counter, even a real code waits', async () => {
    const { centreId } = await centreWithMember(api, 'Centre Pix de Nantes');
    const session = await finalizedSession(em(), centreId, '2026-10-05');
    const content = api.platform.services.content.get();
    const { verificationCode } = await certifiedCandidate(em(), session.id, { status: 'VALIDATED', marks: marksOf(levelsOf(content, [2, 2])) }, { lastName: 'Trouvé' });
    await publishSession(em(), session.id);
    for (let i = 0; i < 8; i += 1) expect((await verify(verificationCode, '203.0.113.2')).data).toEqual({ verifyCertificate: { lastName: 'Trouvé' } });
    const failures = await Promise.all(Array.from({ length: 5 }, () => verify(randomVerificationCode(), '203.0.113.2')));
    expect(failures.map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const refused = await verify(verificationCode, '203.0.113.2');
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.data?.verifyCertificate ?? null).toBeNull();
    // Another address is not concerned.
    expect((await verify(verificationCode, '203.0.113.3')).data).toEqual({ verifyCertificate: { lastName: 'Trouvé' } });
  });
});
