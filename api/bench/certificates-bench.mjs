// The certificates' benchmark (issue 13):
// - one attestation (pdfkit, DejaVu embedded, QR code): time per document in this process;
// - a class's attestations as one PDF through the real route (`/exports/organisations/:id/attestations.pdf`,
//   signed link), for classes of 5, 35 and 100 pupils: time and the API process's peak RSS growth
//   during the download (VmHWM reset before): streamed page by page, it should not grow with the class;
// - the public verification `verifyCertificate` at CALLERS concurrent callers beside a hand-written SQL
//   floor (certificates-floor-server.mjs) under the same load. The API's throttle stays on (counted with
//   the lookup in one statement), its per-address limit raised above the load. BENCH_BASELINE_DIST=<a copy of
//   an earlier api/dist> adds a second API from that build, on the same database, as one
//   more variant of the same rounds: a before/after within one run (the machine is shared).
// - the heap a class's document keeps per page (in this process, after a full GC, 1100 pages against
//   100): what pdfkit keeps until the end of the document (the page tree, the cross-reference offsets).
import { randomInt } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, load, ms, postmasterPid, repositoryRoot, startAndWait, stop, tempDir, withCpu } from './lib.mjs';
import { freshUai, memoryOf, resetPeak } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const RUNS = Number(process.env.BENCH_ATTESTATION_RUNS ?? 20);
const CLASSES = [5, 35, 100, 300];
const CERTIFICATES = Number(process.env.BENCH_CERTIFICATES ?? 2000);
const CALLERS = Number(process.env.BENCH_VERIFY_CALLERS ?? 100);
const REQUESTS = Number(process.env.BENCH_VERIFY_REQUESTS ?? 20);
const ROUNDS = Number(process.env.BENCH_VERIFY_ROUNDS ?? 2);
const SECRET = 'secret-de-banc-d-essai';
const BEFORE = 'API avant (trois requêtes SQL), une adresse par appelant';
const ALPHABET = '2346789BCDFGHJKMPQRTVWXY';
const code = () => `P-${Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;

async function startApi(databaseUrl, main = path.join(repositoryRoot, 'api/dist/src/main.js')) {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tempDir('pix-libre-bench-api-'), ACCESS_TOKEN_SECRET: SECRET,
    DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20', THROTTLE_ADDRESS_FAILURES: '100000000', TRUST_PROXY: 'loopback',
  };
  const api = await startAndWait(main, [], env, `http://127.0.0.1:${port}/healthz`);
  return { ...api, url: `http://127.0.0.1:${port}` };
}

/** `count` pupils of the class (or candidates without a school), each with an account, a course, and a VALIDATED scoring of 16 competences. */
async function seedCourses(client, { sessionId, count, schoolId = null, division = null, competenceIds }) {
  const codes = Array.from({ length: count }, code);
  const marks = JSON.stringify(competenceIds.map((competenceId, i) => ({ competenceId, questions: 3, correct: 3, neutralized: 0, outcome: i % 5 === 4 ? 'U' : 'V', level: i % 5 === 4 ? 0 : 1 + (i % 5), pix: i % 5 === 4 ? 0 : 8 * (1 + (i % 5)) })));
  await client.query(
    `with numbered as (select i, $3::text[] as codes from generate_series(1, $2) as i),
     users_made as (insert into users (first_name, last_name, username, password_hash)
                    select 'Élève' || i, 'BANC' || lpad(i::text, 4, '0'), 'banc.' || $1::int || '.' || i || '.' || codes[i], 'sans-mot-de-passe' from numbered returning id, username),
     made as (select u.id as user_id, n.i, n.codes[n.i] as code from users_made u join numbered n on u.username = 'banc.' || $1::int || '.' || n.i || '.' || n.codes[n.i]),
     learners as (insert into organization_learners (organization_id, first_name, last_name, birthdate, division, user_id)
                  select $4, 'Élève' || i, 'BANC' || lpad(i::text, 4, '0'), date '2008-01-01' + (i % 365), $5, user_id from made where $4::int is not null returning id, user_id),
     candidates as (insert into certification_candidates (session_id, first_name, last_name, birthdate, birth_city, user_id, organization_learner_id)
                    select $1, 'Élève' || m.i, 'BANC' || lpad(m.i::text, 4, '0'), date '2008-01-01' + (m.i % 365), 'PARIS 15', m.user_id, l.id
                    from made m left join learners l on l.user_id = m.user_id returning id, user_id),
     assessments_made as (insert into assessments (user_id, type, state, completed_at) select user_id, 'CERTIFICATION', 'COMPLETED', now() from made returning id, user_id),
     courses as (insert into certification_courses (candidate_id, session_id, user_id, assessment_id, state, started_at, ended_at, end_reason, verification_code)
                 select c.id, $1, m.user_id, a.id, 'ENDED', now(), now(), 'COMPLETED', m.code
                 from made m join candidates c on c.user_id = m.user_id join assessments_made a on a.user_id = m.user_id returning id)
     insert into certification_scorings (certification_course_id, status, pix_score, correct, counted, reproducibility_rate, competence_marks, trigger)
     select id, 'VALIDATED', 240, 40, 45, 0.8889, $6::jsonb, 'FINALIZATION' from courses`,
    [sessionId, count, codes, schoolId, division, marks],
  );
  return codes;
}

async function seed(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const competenceIds = (await client.query('select id from competences order by id')).rows.map((r) => r.id);
    const uai = freshUai(7);
    const { rows: [school] } = await client.query(`insert into organizations (name, type, uai, is_managing_students) values ('Lycée du banc', 'SCO', $1, true) returning id`, [uai]);
    const { rows: [centre] } = await client.query(`insert into certification_centers (name, type, uai) values ('Centre du lycée du banc', 'SCO', $1) returning id`, [uai]);
    const session = async () =>
      (await client.query(
        `insert into certification_sessions (certification_center_id, address, room, date, time, examiner, access_code, invigilator_password, state, finalized_at, published_at)
         values ($1, 'Bâtiment A', 'Salle 1', current_date - 7, '09:00', 'Mme Banc', $2, 'BCDFGH', 'PROCESSED', now(), now()) returning id`,
        [centre.id, `${'BCDFGHJKMPQRTVWXY'[randomInt(17)]}${'BCDFGHJKMPQRTVWXY'[randomInt(17)]}${'BCDFGHJKMPQRTVWXY'[randomInt(17)]}${'BCDFGHJKMPQRTVWXY'[randomInt(17)]}${'2346789'[randomInt(7)]}${'2346789'[randomInt(7)]}`],
      )).rows[0].id;
    for (const size of CLASSES) await seedCourses(client, { sessionId: await session(), count: size, schoolId: school.id, division: `C${size}`, competenceIds });
    const codes = [];
    for (let done = 0; done < CERTIFICATES; done += 500) codes.push(...(await seedCourses(client, { sessionId: await session(), count: Math.min(500, CERTIFICATES - done), competenceIds })));
    const { rows: [admin] } = await client.query(`insert into users (first_name, last_name, email, password_hash) values ('Admin', 'Banc', $1, 'sans-mot-de-passe') returning id`, [`admin.${Date.now()}@bench.example.net`]);
    await client.query(`insert into memberships (organization_id, user_id, role) values ($1, $2, 'ADMIN')`, [school.id, admin.id]);
    await client.query('analyze');
    return { schoolId: school.id, adminId: admin.id, codes };
  } finally {
    await client.end();
  }
}

export function sampleCertificate() {
  const areas = Array.from({ length: 5 }, (_, a) => ({
    code: String(a + 1), name: `Domaine ${a + 1}`,
    competences: Array.from({ length: a === 4 ? 2 : 3 + (a % 2) }, (_, c) => ({ id: `${a + 1}.${c + 1}`, code: `${a + 1}.${c + 1}`, name: 'Mener une recherche et une veille d’information', level: (a + c) % 6 })),
  }));
  const certificate = {
    courseId: 1, userId: 1, status: 'VALIDATED', firstName: 'Éloïse', lastName: "D'ARCY", birthdate: '2008-05-12', birthPlace: 'PARIS 15', externalId: null, sessionId: 1,
    sessionDate: '2026-11-20', centerName: 'Centre du lycée Marie Curie', deliveredAt: new Date(), pixScore: 312, maxPixScore: 768, areas, verificationCode: 'P-C3YFQ8GC',
    commentForCandidate: null, commentForOrganization: null, division: null,
  };
  return certificate;
}

async function attestationTimes() {
  const { attestationPdf } = dist('certification/results/infrastructure/attestation.pdf.js');
  const certificate = sampleCertificate();
  const link = (c) => `https://pix.example.fr/verifier-un-certificat?code=${c}`;
  await attestationPdf(certificate, link);
  const times = [];
  let size = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const started = process.hrtime.bigint();
    size = (await attestationPdf(certificate, link)).length;
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], max: times[times.length - 1], size };
}

async function classDownload(api, schoolId, adminId, size) {
  const { ResultsExportLinks } = dist('certification/results/infrastructure/results-export-link.js');
  const division = `C${size}`;
  const token = new ResultsExportLinks(SECRET).sign('attestations.pdf', schoolId, division, adminId, new Date());
  const url = `${api.url}/exports/organisations/${schoolId}/attestations.pdf?division=${division}&token=${encodeURIComponent(token)}`;
  const pid = api.child.pid;
  const peakReset = resetPeak(pid);
  const before = memoryOf(pid);
  const started = performance.now();
  const response = await fetch(url);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  const elapsed = performance.now() - started;
  const after = memoryOf(pid);
  if (response.status !== 200) throw new Error(`attestations of ${division}: ${response.status}`);
  return { size, ms: elapsed, bytes, growth: (peakReset ? after.peak : Math.max(after.peak, after.rss)) - before.rss, peakReset };
}

/** Heap kept per page by a document still being written (pages flushed as they go), after a full GC. */
async function retainedPerPage() {
  const { streamAttestations } = dist('certification/results/infrastructure/attestation.pdf.js');
  const v8 = require('node:v8');
  const vm = require('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc');
  const { Writable } = require('node:stream');
  const certificate = sampleCertificate();
  const heapAfter = async (pages) => {
    let heap = 0;
    async function* certificates() {
      for (let i = 0; i < pages; i += 1) yield certificate;
      gc();
      gc();
      heap = process.memoryUsage().heapUsed; // every page written, the document not yet ended
    }
    await streamAttestations(certificates(), new Writable({ write: (_chunk, _encoding, done) => done() }), (c) => `https://pix.example.fr/verifier-un-certificat?code=${c}`, 'Banc');
    return heap;
  };
  await heapAfter(20);
  const [small, large] = [await heapAfter(100), await heapAfter(1100)];
  return (large - small) / 1000;
}

export async function certificatesBenchmark(databaseUrl) {
  const single = await attestationTimes();
  const perPage = await retainedPerPage();
  let api = await startApi(databaseUrl);
  let before = null;
  const floorPort = await freePort();
  let floor;
  try {
    const { schoolId, adminId, codes } = await seed(databaseUrl);
    floor = await startAndWait(path.join(repositoryRoot, 'api/bench/certificates-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(floorPort), DATABASE_POOL_MAX: '20' }, `http://127.0.0.1:${floorPort}/healthz`);
    const classFigures = async (server) => {
      for (const size of CLASSES) await classDownload(server, schoolId, adminId, size); // warm-up
      const figures = [];
      for (const size of CLASSES) figures.push(await classDownload(server, schoolId, adminId, size));
      return figures;
    };
    const baselineMain = process.env.BENCH_BASELINE_DIST ? path.resolve(process.env.BENCH_BASELINE_DIST, 'src/main.js') : null;
    const classes = await classFigures(api);
    let baselineClasses = null;
    if (baselineMain) {
      const baseline = await startApi(databaseUrl, baselineMain);
      baselineClasses = await classFigures(baseline).finally(() => stop(baseline.child));
    }
    // The verification on processes started alike (none has served the documents), the current build and the baseline's.
    await stop(api.child);
    api = await startApi(databaseUrl);
    if (baselineMain) before = await startApi(databaseUrl, baselineMain);
    const VERIFY = 'query V($code: String!) { verifyCertificate(code: $code) { firstName lastName birthdate date certificationCenter pixScore maxPixScore verificationCode competences { code level } } }';
    const codeOf = (user, i) => codes[(user * REQUESTS + i * 7919) % codes.length].toLowerCase().replace('-', ' ');
    // Each caller from its own address (X-Forwarded-For from the loopback proxy), or all from one (a school behind one address).
    const verify = (sameAddress) => (user, i) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(sameAddress ? {} : { 'x-forwarded-for': `203.0.${Math.floor(user / 250)}.${(user % 250) + 1}` }) },
        body: JSON.stringify({ query: VERIFY, variables: { code: codeOf(user, i) } }),
      }).then(async (r) => r.ok && (await r.json()).data?.verifyCertificate?.lastName !== undefined);
    const viaApi = verify(false);
    const viaBefore = (user, i) =>
      fetch(`${before.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.${Math.floor(user / 250)}.${(user % 250) + 1}` },
        body: JSON.stringify({ query: VERIFY, variables: { code: codeOf(user, i) } }),
      }).then(async (r) => r.ok && (await r.json()).data?.verifyCertificate?.lastName !== undefined);
    const viaApiOneAddress = verify(true);
    const viaFloor = (user, i) => fetch(`http://127.0.0.1:${floorPort}/?code=${encodeURIComponent(codeOf(user, i))}`).then(async (r) => r.ok && (await r.json()).data.verifyCertificate !== null);
    // The machine is shared: the variants take turns, ROUNDS times, the order shifted each round; each round is reported.
    const variants = [
      ['API (`verifyCertificate`), une adresse par appelant', viaApi, api.child.pid],
      ['plancher SQL', viaFloor, floor.child.pid],
      [`API, les ${CALLERS} appelants derrière une même adresse (un établissement)`, viaApiOneAddress, api.child.pid],
      ...(before ? [[BEFORE, viaBefore, before.child.pid]] : []),
    ];
    const pgPid = await postmasterPid(databaseUrl);
    for (const [, request] of variants) await load(CALLERS, 3, request);
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const figures = new Map();
      for (let k = 0; k < variants.length; k += 1) {
        const [name, request, pid] = variants[(k + round) % variants.length];
        const { result, nodeMs, pgMs } = await withCpu(pid, pgPid, () => load(CALLERS, REQUESTS, request));
        figures.set(name, { ...result, nodeMs, pgMs });
      }
      rounds.push({ figures, load: os.loadavg()[0] });
    }
    const cpu = (f) => `${(f.nodeMs / f.requests).toFixed(2)} + ${(f.pgMs / f.requests).toFixed(2)} ms`;
    const row = (name, f) => `| ${name} | ${f.requests} | ${f.failures} | ${ms(f.p50)} | ${ms(f.p99)} | ${f.perSecond.toFixed(0)} | ${cpu(f)} |`;
    const mib = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} Mio`;
    return [
      'Certificates: attestations, a class in one PDF, the public verification',
      [
        `Une attestation (A4, DejaVu incorporée, code QR vectoriel, 16 compétences), ${RUNS} fois dans un même processus après une de chauffe : p50 ${ms(single.p50)}, max ${ms(single.max)}, ${(single.size / 1024).toFixed(0)} Kio.`,
        '',
        `Les attestations d'une classe en un seul PDF par la route (\`/exports/organisations/:id/attestations.pdf\`, lien signé), après un premier passage de chauffe ; croissance du pic de RSS du processus de l'API pendant le téléchargement (VmHWM remis à zéro avant${classes[0].peakReset ? '' : ' : impossible ici, RSS final'}) :`,
        '',
        '| classe | temps | par attestation | taille | croissance du pic de RSS |',
        '|---|---|---|---|---|',
        ...classes.map((c) => `| ${c.size} élèves | ${ms(c.ms)} | ${ms(c.ms / c.size)} | ${(c.bytes / 1024).toFixed(0)} Kio | ${mib(c.growth)} |`),
        ...(baselineClasses ?? []).map((c) => `| ${c.size} élèves, build de référence | ${ms(c.ms)} | ${ms(c.ms / c.size)} | ${(c.bytes / 1024).toFixed(0)} Kio | ${mib(c.growth)} |`),
        '',
        `Tas gardé par page tant que le document s'écrit (dans ce processus, après un GC complet, 1100 pages contre 100) : ${perPage.toFixed(0)} octets par page (l'arbre des pages et la table des positions que pdfkit écrit à la fin du document).`,
        '',
        `Vérification publique \`verifyCertificate\` (code tapé en minuscules avec une espace), ${CERTIFICATES + CLASSES.reduce((a, b) => a + b, 0)} certificats publiés, ${CALLERS} appelants simultanés × ${REQUESTS} requêtes après une chauffe ; le limiteur de l'API reste actif (compté avec la recherche ; la référence : compté puis rendu), son plafond par adresse relevé au-dessus de la charge. Plancher : la même recherche en SQL écrit à la main (pg) derrière node:http, sans GraphQL ni limiteur.`,
        '',
        '| tour | variante | requêtes | échecs | p50 | p99 | req/s | CPU Node + PostgreSQL par requête |',
        '|---|---|---|---|---|---|---|---|',
        ...rounds.flatMap((r, i) => variants.map(([name]) => `| ${i + 1} (charge ${r.load.toFixed(1)}) ${row(name, r.figures.get(name))}`)),
        '',
        `p99 API / p99 plancher, par tour : ${rounds.map((r) => `${(r.figures.get(variants[0][0]).p99 / r.figures.get('plancher SQL').p99).toFixed(2)} ×`).join(', ')}${before ? ` ; avant : ${rounds.map((r) => `${(r.figures.get(BEFORE).p99 / r.figures.get('plancher SQL').p99).toFixed(2)} ×`).join(', ')}` : ''} (une adresse par appelant ; « charge » : la charge moyenne de la machine sur 1 min, partagée avec d'autres travaux). Une requête SQL par vérification (la tentative comptée et le certificat lu ensemble), comme le plancher${before ? ' ; avant : trois (la tentative comptée, le certificat lu, la tentative rendue)' : ''} ; derrière une même adresse, les appelants se suivent sur la ligne de leur compteur.`,
      ],
    ];
  } finally {
    if (before) await stop(before.child);
    if (floor) await stop(floor.child);
    await stop(api.child);
  }
}
