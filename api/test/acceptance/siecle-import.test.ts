import type { MikroORM } from '@mikro-orm/postgresql';
import { startPlatformProcess, type PlatformProcess } from '../../../e2e/support/platform-process';
import { gql, logInToken } from '../../../e2e/support/api-client';
import { openOrm } from '../../src/database';
import { buildMembership, buildOrganization, buildUser } from '../../src/seeds/database-builder';

type Pupil = { id: string; ine: string; first: string; last: string; birth: string; division: string };

function siecleXml(uai: string, pupils: Pupil[]): string {
  const eleves = pupils
    .map(
      (p) => `<ELEVE ELEVE_ID="${p.id}"><ID_NATIONAL>${p.ine}</ID_NATIONAL><NOM_DE_FAMILLE>${p.last}</NOM_DE_FAMILLE><PRENOM>${p.first}</PRENOM>
<DATE_NAISS>${p.birth}</DATE_NAISS><CODE_SEXE>2</CODE_SEXE><CODE_PAYS>100</CODE_PAYS><CODE_DEPARTEMENT_NAISS>075</CODE_DEPARTEMENT_NAISS>
<CODE_COMMUNE_INSEE_NAISS>75056</CODE_COMMUNE_INSEE_NAISS><VILLE_NAISS>PARIS</VILLE_NAISS><CODE_MEF>20010018110</CODE_MEF><CODE_STATUT>ST</CODE_STATUT></ELEVE>`,
    )
    .join('\n');
  const structures = pupils
    .map((p) => `<STRUCTURES_ELEVE ELEVE_ID="${p.id}"><STRUCTURE><CODE_STRUCTURE>${p.division}</CODE_STRUCTURE><TYPE_STRUCTURE>D</TYPE_STRUCTURE></STRUCTURE></STRUCTURES_ELEVE>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<BEE_ELEVES VERSION="3.1"><PARAMETRES><UAJ>${uai}</UAJ><ANNEE_SCOLAIRE>2026</ANNEE_SCOLAIRE></PARAMETRES>
<DONNEES><ELEVES>${eleves}</ELEVES><STRUCTURES>${structures}</STRUCTURES></DONNEES></BEE_ELEVES>`;
}

const PUPILS: Pupil[] = [
  { id: '1001', ine: '123456789AA', first: 'Éloïse', last: "D'ARCY", birth: '05/03/2010', division: '2NDE1' },
  { id: '1002', ine: '123456789BB', first: 'Jean-Étienne', last: 'DUPONT MORETTI', birth: '07/03/2010', division: '2NDE1' },
  { id: '1003', ine: '123456789CC', first: 'Inès', last: 'BENALI', birth: '21/11/2009', division: '1G1' },
];

/** The real upload path: a multipart request to the API process, then the job polled as the console does. */
describe('importing pupils from SIECLE', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let organizationId: number;
  let admin: string;
  let member: string;
  let outsider: string;
  let staff: Record<'SUPPORT' | 'SUPER_ADMIN', string>;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A', email: 'ce.0751234a@ac-paris.fr' });
    const other = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
    organizationId = lycee.id;
    const [a, m, o] = await Promise.all([buildUser(em, {}), buildUser(em, {}), buildUser(em, {})]);
    await buildMembership(em, lycee.id, a.id, 'ADMIN');
    await buildMembership(em, lycee.id, m.id, 'MEMBER');
    await buildMembership(em, other.id, o.id, 'ADMIN');
    admin = await logInToken(platform.url, a.email!, a.password);
    member = await logInToken(platform.url, m.email!, m.password);
    outsider = await logInToken(platform.url, o.email!, o.password);
    const [support, superAdmin] = await Promise.all([buildUser(em, { platformRole: 'SUPPORT' }), buildUser(em, { platformRole: 'SUPER_ADMIN' })]);
    staff = {
      SUPPORT: await logInToken(platform.url, support.email!, support.password),
      SUPER_ADMIN: await logInToken(platform.url, superAdmin.email!, superAdmin.password),
    };
  });
  afterAll(async () => {
    await orm?.close(true);
    await platform?.stop();
  });

  async function upload(token: string, content: string, fileName = 'ElevesSansAdresses.xml') {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: 'mutation I($o: ID!, $f: Upload!) { importSiecleFile(organizationId: $o, file: $f) { id state } }',
        variables: { o: String(organizationId), f: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([content], { type: 'application/xml' }), fileName);
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'apollo-require-preflight': 'true' },
      body: form,
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  }

  async function finished(token: string, jobId: string) {
    for (let i = 0; i < 100; i += 1) {
      const { importJob } = await gql(platform.url, `query J($id: ID!) { importJob(id: $id) { state progress pupilsAdded pupilsUpdated pupilsLeft addedPupils { firstName lastName division } leftPupils { firstName lastName division } errors { code message line } } }`, { id: jobId }, token);
      if (importJob.state === 'DONE' || importJob.state === 'FAILED') return importJob;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the import never finished');
  }

  const learners = (token: string, filter: Record<string, unknown> = {}) =>
    gql(
      platform.url,
      `query L($id: ID!, $f: LearnerFilter) { organization(id: $id) { divisions learners(first: 50, filter: $f) { totalCount edges { node { firstName lastName birthdate division nationalStudentId hasLeft authenticationMethods } } } } }`,
      { id: String(organizationId), f: filter },
      token,
    );

  it('imports the pupils of the file, which the grid then lists by class', async () => {
    const sent = await upload(admin, siecleXml('0751234A', PUPILS));
    expect(sent.data!.importSiecleFile.state).toBe('PENDING');
    const job = await finished(admin, sent.data!.importSiecleFile.id);
    expect(job).toMatchObject({ state: 'DONE', progress: 100, pupilsAdded: 3, pupilsUpdated: 0, pupilsLeft: 0, errors: [] });
    // The report names who was added, by class then name.
    expect(job.addedPupils).toEqual([
      { firstName: 'Inès', lastName: 'BENALI', division: '1G1' },
      { firstName: 'Éloïse', lastName: "D'ARCY", division: '2NDE1' },
      { firstName: 'Jean-Étienne', lastName: 'DUPONT MORETTI', division: '2NDE1' },
    ]);
    expect(job.leftPupils).toEqual([]);
    const { organization } = await learners(member);
    expect(organization.divisions).toEqual(['1G1', '2NDE1']);
    expect(organization.learners.edges.map((e: any) => e.node)).toEqual([
      { firstName: 'Inès', lastName: 'BENALI', birthdate: '2009-11-21', division: '1G1', nationalStudentId: '123456789CC', hasLeft: false, authenticationMethods: ['NONE'] },
      { firstName: 'Éloïse', lastName: "D'ARCY", birthdate: '2010-03-05', division: '2NDE1', nationalStudentId: '123456789AA', hasLeft: false, authenticationMethods: ['NONE'] },
      { firstName: 'Jean-Étienne', lastName: 'DUPONT MORETTI', birthdate: '2010-03-07', division: '2NDE1', nationalStudentId: '123456789BB', hasLeft: false, authenticationMethods: ['NONE'] },
    ]);
    const filtered = await learners(member, { division: '2NDE1', search: 'dupont' });
    expect(filtered.organization.learners.totalCount).toBe(1);
  });

  it('updates by INE on a new import, and hides who left without deleting them', async () => {
    const moved = [{ ...PUPILS[0], division: '2NDE2' }, PUPILS[2]];
    const job = await finished(admin, (await upload(admin, siecleXml('0751234A', moved))).data!.importSiecleFile.id);
    expect(job).toMatchObject({ state: 'DONE', pupilsAdded: 0, pupilsUpdated: 2, pupilsLeft: 1, addedPupils: [] });
    expect(job.leftPupils).toEqual([{ firstName: 'Jean-Étienne', lastName: 'DUPONT MORETTI', division: '2NDE1' }]);
    expect((await learners(member)).organization.learners.totalCount).toBe(2);
    const all = await learners(member, { includeLeft: true });
    expect(all.organization.learners.edges.find((e: any) => e.node.nationalStudentId === '123456789BB').node.hasLeft).toBe(true);
  });

  it('refuses a file of another school and changes nothing, saying what to fix', async () => {
    const job = await finished(admin, (await upload(admin, siecleXml('0692345B', PUPILS))).data!.importSiecleFile.id);
    expect(job.state).toBe('FAILED');
    expect(job.errors[0].code).toBe('SIECLE_UAI_MISMATCH');
    expect(job.errors[0].message).toContain('0692345B');
    expect((await learners(member)).organization.learners.totalCount).toBe(2);
  });

  it('refuses a PDF renamed as an XML file', async () => {
    const job = await finished(admin, (await upload(admin, '%PDF-1.7\n%âãÏÓ\n1 0 obj', 'ElevesSansAdresses.xml')).data!.importSiecleFile.id);
    expect(job).toMatchObject({ state: 'FAILED' });
    expect(job.errors[0].code).toBe('SIECLE_NOT_ZIP_OR_XML');
  });

  it('refuses a 30 MB file with a clear message, and changes nothing', async () => {
    const padding = `<!-- ${'x'.repeat(30 * 1024 * 1024)} -->`;
    const sent = await upload(admin, siecleXml('0751234A', PUPILS).replace('<DONNEES>', `${padding}<DONNEES>`));
    expect(sent.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' } });
    expect(sent.errors![0].message).toMatch(/^Le fichier dépasse 20 Mo : importez le zip ElevesSansAdresses/);
    expect((await learners(member)).organization.learners.totalCount).toBe(2);
  });

  it('lets only the administrators of the school import, and only its members see the pupils', async () => {
    expect((await upload(member, siecleXml('0751234A', PUPILS))).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(outsider, siecleXml('0751234A', PUPILS))).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await upload('', siecleXml('0751234A', PUPILS))).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    await expect(learners(outsider)).rejects.toThrow('FORBIDDEN');
    const job = (await upload(admin, siecleXml('0751234A', PUPILS))).data!.importSiecleFile;
    await finished(admin, job.id);
    await expect(gql(platform.url, `query J($id: ID!) { importJob(id: $id) { state } }`, { id: job.id }, member)).rejects.toThrow('FORBIDDEN');
    await expect(gql(platform.url, `query J($id: ID!) { importJob(id: $id) { state } }`, { id: job.id }, outsider)).rejects.toThrow('FORBIDDEN');
  });

  it("does not let the platform team import in a school's name, and lets it read the pupils and the imports", async () => {
    const before = (await learners(admin)).organization.learners.totalCount;
    const jobsBefore = Number((await orm.em.fork().getKnex()('import_jobs').count({ n: '*' }))[0].n);
    const otherPupil = { id: '1009', ine: '123456789ZZ', first: 'Intruse', last: 'AJOUTEE', birth: '01/01/2010', division: '2NDE9' };
    for (const token of [staff.SUPPORT, staff.SUPER_ADMIN]) {
      expect((await upload(token, siecleXml('0751234A', [...PUPILS, otherPupil]))).errors![0].extensions.code).toBe('FORBIDDEN');
      expect((await learners(token)).organization.learners.totalCount).toBe(before);
    }
    expect(Number((await orm.em.fork().getKnex()('import_jobs').count({ n: '*' }))[0].n)).toBe(jobsBefore);
    const job = (await upload(admin, siecleXml('0751234A', PUPILS))).data!.importSiecleFile;
    await finished(admin, job.id);
    const seen = await gql(platform.url, `query J($id: ID!) { importJob(id: $id) { state } }`, { id: job.id }, staff.SUPPORT);
    expect(seen.importJob.state).toBe('DONE');
  });
});
