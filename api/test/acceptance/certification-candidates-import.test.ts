import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import { startPlatformProcess, type PlatformProcess } from '../../../e2e/support/platform-process';
import { gql, logInToken } from '../../../e2e/support/api-client';
import { openOrm } from '../../src/database';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { buildUser } from '../../src/seeds/database-builder';
import { certificationWorld, createSessionMutation, sessionInput } from '../helpers/certification-centre-fixtures';

const HEADERS =
  'Nom de naissance;Prénom;Date de naissance (JJ/MM/AAAA);Sexe (M ou F);Code INSEE de la commune de naissance;Code postal de la commune de naissance;Nom de la commune de naissance;Pays de naissance;E-mail du destinataire des résultats;Identifiant externe;Temps majoré (%)';
const file = (...lines: string[]) => `\uFEFF${[HEADERS, ...lines].join('\r\n')}\r\n`;

/**
 * The candidates file, through the real upload path (a multipart request to the API process: jest's
 * runtime cannot load graphql-upload): every line checked, nothing imported on any problem.
 */
describe('importing the candidates file', () => {
  let platform: PlatformProcess;
  let orm: MikroORM;
  let world: Awaited<ReturnType<typeof certificationWorld>>;
  let staff: string;

  beforeAll(async () => {
    platform = await startPlatformProcess();
    orm = await openOrm(platform.databaseUrl);
    const em = orm.em.fork();
    world = await certificationWorld(em, (email, password) => logInToken(platform.url, email, password));
    const support = await buildUser(em, { platformRole: 'SUPPORT' });
    staff = await logInToken(platform.url, support.email!, support.password);
  });
  afterAll(async () => {
    await orm?.close(true);
    await platform?.stop();
  });

  const newSession = async (token: string, center: number) => (await gql(platform.url, createSessionMutation, { input: sessionInput(center) }, token)).createCertificationSession.id as string;
  const candidatesOf = async (sessionId: string) => knexOf(orm.em.fork())('certification_candidates').where({ session_id: Number(sessionId) }).orderBy('id');

  async function upload(token: string | null, sessionId: string, content: string | Buffer) {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: 'mutation I($s: ID!, $f: Upload!) { importCertificationCandidates(sessionId: $s, file: $f) { importedCount summary problems { line field message } } }',
        variables: { s: sessionId, f: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([typeof content === 'string' ? content : new Uint8Array(content)], { type: 'text/csv' }), 'candidats.csv');
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'apollo-require-preflight': 'true' },
      body: form,
    });
    return (await response.json()) as { data?: any; errors?: any[] };
  }

  /**
   * A multipart upload whose file is still being sent: its start (the operation, then the file's
   * header line) is written, and the request left open until `finish` is called.
   */
  function openUpload(token: string, sessionId: string) {
    const boundary = 'pixlibreboundary';
    const operations = JSON.stringify({
      query: 'mutation I($s: ID!, $f: Upload!) { importCertificationCandidates(sessionId: $s, file: $f) { importedCount } }',
      variables: { s: sessionId, f: null },
    });
    const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
    const req: ClientRequest = request(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true', 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    const answered = new Promise<{ at: number; body: any }>((resolve, reject) => {
      req.on('response', (response: IncomingMessage) => {
        const at = Date.now();
        let text = '';
        response.setEncoding('utf8').on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ at, body: JSON.parse(text) }));
      });
      req.on('error', reject);
    });
    req.write(part('operations', operations) + part('map', '{"0":["variables.f"]}'));
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="candidats.csv"\r\nContent-Type: text/csv\r\n\r\n\uFEFF${HEADERS}\r\n`);
    let finishedAt: number | null = null;
    return {
      answered,
      finishedAt: () => finishedAt,
      finish: (lines: string) => {
        finishedAt = Date.now();
        req.end(`${lines}\r\n--${boundary}--\r\n`);
      },
      abort: () => req.destroy(),
    };
  }
  const within = <T,>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<'waiting'>((resolve) => setTimeout(() => resolve('waiting'), ms))]);

  it("refuses another centre's member before reading their file: the answer comes while the file is still being sent", async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    // The centre's member: the API waits for the whole file (no answer while it is being sent), then imports it.
    const member = openUpload(world.tokens.proMember, sessionId);
    expect(await within(member.answered, 1500)).toBe('waiting');
    member.finish('DUPONT;Camille;14/02/1990;F;75115;;;FRANCE;;;');
    const imported = await member.answered;
    expect(imported.body.data.importCertificationCandidates).toEqual({ importedCount: 1 });
    expect(imported.at).toBeGreaterThanOrEqual(member.finishedAt()!);

    // Another centre's member: refused at once, the rest of the file never sent (the request still open).
    const outsider = openUpload(world.tokens.outsider, sessionId);
    const refused = await within(outsider.answered, 10_000);
    outsider.abort();
    expect(refused).not.toBe('waiting');
    expect(outsider.finishedAt()).toBeNull();
    expect((refused as { body: any }).body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await candidatesOf(sessionId)).map((r: any) => r.last_name)).toEqual(['DUPONT']);
  });

  it('imports a correct file: France by INSEE code or postal code, abroad, extra time', async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    const sent = await upload(
      world.tokens.proMember,
      sessionId,
      file(
        'DUPONT;Camille;14/02/1990;F;75115;;;FRANCE;camille@example.net;EMP-1;0',
        'MARTIN;Léo;3/7/1985;m;;69003;Lyon;France;;;30 %',
        'NGUYEN;Minh;03/11/1988;M;;;Hanoï;Viet Nam;;;',
      ),
    );
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.importCertificationCandidates).toEqual({ importedCount: 3, summary: null, problems: [] });
    const rows = await candidatesOf(sessionId);
    expect(rows.map((r: any) => [r.last_name, r.birth_insee_code, r.birth_postal_code, r.birth_city, r.birth_country, r.extra_time_percentage, r.sex])).toEqual([
      ['DUPONT', '75115', null, null, 'FRANCE', 0, 'F'],
      ['MARTIN', null, '69003', 'Lyon', 'FRANCE', 30, 'M'],
      ['NGUYEN', null, null, 'Hanoï', 'VIETNAM', 0, 'M'],
    ]);
  });

  it('lists every problem with its line and imports nothing: bad date, unknown country, duplicates in the file and in the session', async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    await upload(world.tokens.proMember, sessionId, file('DÉJÀ;Inscrit;01/01/1990;F;75115;;;FRANCE;;;'));
    const sent = await upload(
      world.tokens.proMember,
      sessionId,
      file(
        'BON;Candidat;01/01/1991;M;75115;;;FRANCE;;;',
        'DATE;Mauvaise;31/02/1990;F;75115;;;FRANCE;;;',
        'PAYS;Inconnu;01/01/1990;F;;;Ville;Atlantide;;;',
        'BON;candidat;01/01/1991;M;75115;;;FRANCE;;;',
        'DEJA;Inscrit;01/01/1990;F;75115;;;FRANCE;;;',
        'TEMPS;Trop;01/01/1990;F;75115;;;FRANCE;;;150',
      ),
    );
    const report = sent.data!.importCertificationCandidates;
    expect(report.importedCount).toBe(0);
    expect(report.summary).toBe("Le fichier n'a pas été importé, aucun candidat n'a été ajouté : 5 problème(s) à corriger (voir la liste), puis importez-le de nouveau.");
    expect(report.problems).toEqual([
      { line: 3, field: 'birthdate', message: expect.stringContaining('« 31/02/1990 » est invalide') },
      { line: 4, field: 'birthCountry', message: expect.stringContaining('« Atlantide » est inconnu') },
      { line: 5, field: null, message: 'Ce candidat figure déjà ligne 2 du fichier.' },
      { line: 6, field: null, message: 'Ce candidat est déjà inscrit à cette session.' },
      { line: 7, field: 'extraTimePercentage', message: expect.stringContaining('de 0 à 100') },
    ]);
    expect((await candidatesOf(sessionId)).map((r: any) => r.last_name)).toEqual(['DÉJÀ']);
  });

  it('refuses a file of 5 000 lines with a clear report, nothing imported', async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    const lines = Array.from({ length: 5000 }, (_, i) => `NOM${i};Prénom${i};01/01/1990;F;75115;;;FRANCE;;;`);
    const sent = await upload(world.tokens.proMember, sessionId, file(...lines));
    expect(sent.data!.importCertificationCandidates).toMatchObject({
      importedCount: 0,
      problems: [{ line: null, field: null, message: "Le fichier compte 5000 candidats : une session en compte au plus 300. Répartissez les candidats entre plusieurs sessions ; rien n'a été importé." }],
    });
    expect(await candidatesOf(sessionId)).toEqual([]);
  });

  it('refuses a file with other headers, and a file over 1 MB', async () => {
    const sessionId = await newSession(world.tokens.proMember, world.proCenter);
    const headers = await upload(world.tokens.proMember, sessionId, 'Nom;Prénom\nDUPONT;Camille\n');
    expect(headers.data!.importCertificationCandidates.problems[0]).toMatchObject({ line: 1, message: expect.stringContaining('« Date de naissance (JJ/MM/AAAA) »') });
    const huge = await upload(world.tokens.proMember, sessionId, Buffer.alloc(1024 * 1024 + 10, 'a'));
    expect(huge.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'file' }, message: expect.stringContaining('1 Mo') });
  });

  it('is refused to a SCO centre, another centre, a learner, the staff and anonymous callers', async () => {
    const pro = await newSession(world.tokens.proMember, world.proCenter);
    const sco = await newSession(world.tokens.admin, world.scoCenter);
    const content = file('DUPONT;Camille;14/02/1990;F;75115;;;FRANCE;;;');
    expect((await upload(world.tokens.admin, sco, content)).errors![0].message).toContain('Inscrire des élèves');
    expect((await upload(world.tokens.outsider, pro, content)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(world.tokens.learner, pro, content)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(staff, pro, content)).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await upload(null, pro, content)).errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await candidatesOf(pro)).toEqual([]);
  });
});
