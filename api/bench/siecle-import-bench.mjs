// The SIECLE import benchmark: a zip of PUPILS pupils (the fixture generator) uploaded to the real API
// process as the console does (GraphQL multipart request), the job polled every 20 ms until DONE, for a
// first import and a re-import of the same file; the API process's RSS before and its peak (VmHWM)
// during each import. Floors of the same run: the same file unzipped, decoded and parsed by hand (yauzl
// + saxes, no database), the API's reader alone in this process, and a bare `insert … on conflict`
// of the same rows through pg.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import iconv from 'iconv-lite';
import pg from 'pg';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';
import { freePort, ms, repositoryRoot, startAndWait, stop, tempDir } from './lib.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const PUPILS = Number(process.env.BENCH_SIECLE_PUPILS ?? 5000);
const POLL_MS = 20;
const TARGET_MS = 3000;
const TARGET_MB = 250;
export const SECRET = 'secret-de-banc-d-essai';

/** A UAI of its own per run (7 digits + letter), so that a reused DATABASE_URL does not collide. */
export const freshUai = (salt) => `0${String((Date.now() + salt * 7919) % 1e6).padStart(6, '0')}${'ABCDEFGHJK'[salt % 10]}`;

/** The API as npm start runs it, in its own process (the node process that serves: no npm wrapper). */
export async function startApi(databaseUrl, logLevel) {
  const port = await freePort();
  const env = {
    DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: tempDir('pix-libre-bench-api-'), ACCESS_TOKEN_SECRET: SECRET,
    DEMO_DATA: 'false', LOG_LEVEL: logLevel, NODE_ENV: 'development', DATABASE_POOL_MAX: '20',
  };
  const api = await startAndWait(path.join(repositoryRoot, 'api/dist/src/main.js'), [], env, `http://127.0.0.1:${port}/healthz`);
  const argv = readFileSync(`/proc/${api.child.pid}/cmdline`, 'utf8').split('\0');
  if (argv[0] !== process.execPath || !argv[1]?.endsWith('main.js')) throw new Error(`pid ${api.child.pid} is not the API's node process: ${argv.join(' ')}`);
  return { ...api, url: `http://127.0.0.1:${port}` };
}

export async function graphql(url, token, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return { data: body.data, headers: response.headers };
}

/** Memory of a process from /proc (bytes); `resetPeak` starts VmHWM again from the current RSS. */
export const memoryOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)[1]) * 1024;
  return { rss: kB('VmRSS'), peak: kB('VmHWM') };
};
export const resetPeak = (pid) => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
};

const IMPORT = 'mutation I($o: ID!, $f: Upload!) { importSiecleFile(organizationId: $o, file: $f) { id state } }';
const JOB = 'query J($id: ID!) { importJob(id: $id) { state progress pupilsAdded pupilsUpdated pupilsLeft errors { code message line } } }';

/** Upload start → DONE (or FAILED), with when the mutation answered and when the job first said ≥ 90 % (file read). */
async function importOnce(api, token, organizationId, zip, expected) {
  const pid = api.child.pid;
  const peakReset = resetPeak(pid);
  const before = memoryOf(pid);
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: IMPORT, variables: { o: String(organizationId), f: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.f'] }));
  form.append('0', new Blob([zip], { type: 'application/zip' }), 'ElevesSansAdresses.zip');
  const started = performance.now();
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' }, body: form });
  const sent = await response.json();
  const answered = performance.now() - started;
  if (sent.errors) throw new Error(`importSiecleFile: ${JSON.stringify(sent.errors)}`);
  let job;
  let read = null;
  for (;;) {
    ({ importJob: job } = (await graphql(api.url, token, JOB, { id: sent.data.importSiecleFile.id })).data);
    if (read === null && job.progress >= 90) read = performance.now() - started;
    if (job.state === 'DONE' || job.state === 'FAILED') break;
    if (performance.now() - started > 120_000) throw new Error(`SIECLE import still ${job.state} after 2 min`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  const total = performance.now() - started;
  const after = memoryOf(pid);
  const wanted = { state: 'DONE', pupilsAdded: expected.added, pupilsUpdated: expected.updated, pupilsLeft: 0 };
  for (const [key, value] of Object.entries(wanted)) {
    if (job[key] !== value) throw new Error(`SIECLE import: ${key} = ${job[key]}, expected ${value}\n${JSON.stringify(job)}\n${api.output().slice(-3000)}`);
  }
  return { total, answered, read: read ?? total, rssBefore: before.rss, peak: peakReset ? after.peak : null, rssAfter: after.rss, job };
}

// ---- floors --------------------------------------------------------------------------------------

/** Unzip (yauzl) + ISO-8859-15 decoding + saxes, keeping each ELEVE's fields and its class: no checks, no database. */
export async function rawParse(file) {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    let entry;
    for await (const e of zip.eachEntry()) if (!entry && e.fileName.endsWith('.xml')) entry = e;
    const stream = await zip.openReadStreamPromise(entry);
    const decoder = iconv.getDecoder('iso-8859-15');
    const parser = new SaxesParser();
    const pupils = [];
    const classes = new Map();
    let depth = 0;
    let pupil = null;
    let structuresOf = null;
    let field = null;
    let text = '';
    parser.on('opentag', (tag) => {
      depth += 1;
      if (depth === 4 && tag.name === 'ELEVE') pupil = { eleveId: tag.attributes.ELEVE_ID };
      else if (depth === 4 && tag.name === 'STRUCTURES_ELEVE') structuresOf = tag.attributes.ELEVE_ID;
      else if ((depth === 5 && pupil) || (depth === 6 && structuresOf && tag.name === 'CODE_STRUCTURE')) (field = tag.name), (text = '');
    });
    parser.on('text', (t) => field && (text += t));
    parser.on('closetag', () => {
      if (field && (depth === 5 || depth === 6)) {
        if (pupil) pupil[field] = text;
        else if (!classes.has(structuresOf)) classes.set(structuresOf, text);
        field = null;
      } else if (depth === 4) {
        if (pupil) pupils.push(pupil);
        pupil = structuresOf = null;
      }
      depth -= 1;
    });
    for await (const chunk of stream) parser.write(decoder.write(chunk));
    parser.write(decoder.end() ?? '').close();
    for (const p of pupils) p.division = classes.get(p.eleveId);
    return pupils.filter((p) => p.division && p.division !== 'Inactifs' && !p.DATE_SORTIE).length;
  } finally {
    zip.close();
  }
}

/** The API's own reader and checks (readSiecleFile + validateSiecleImport), in this process, without database. */
export async function apiReader(file, uai) {
  const { readSiecleFile } = dist('prescription/learner-management/infrastructure/siecle-file-reader.js');
  const { validateSiecleImport } = dist('prescription/learner-management/domain/siecle-pupil.js');
  return validateSiecleImport(await readSiecleFile(file), uai).pupils;
}

const COLUMNS = [
  ['national_student_id', 'nationalStudentId', 'varchar'], ['first_name', 'firstName', 'varchar'], ['middle_name', 'middleName', 'varchar'],
  ['third_name', 'thirdName', 'varchar'], ['last_name', 'lastName', 'varchar'], ['preferred_last_name', 'preferredLastName', 'varchar'],
  ['sex', 'sex', 'varchar'], ['birthdate', 'birthdate', 'date'], ['birth_country_code', 'birthCountryCode', 'varchar'],
  ['birth_city_code', 'birthCityCode', 'varchar'], ['birth_city', 'birthCity', 'varchar'], ['birth_province_code', 'birthProvinceCode', 'varchar'],
  ['division', 'division', 'varchar'], ['mef_code', 'mefCode', 'varchar'], ['status', 'status', 'varchar'],
];

/** One transaction: every pupil upserted by INE in one statement (unnest), then those absent marked as left. */
export async function upsertPupils(client, organizationId, pupils) {
  const names = COLUMNS.map(([column]) => column).join(', ');
  const arrays = COLUMNS.map(([, , type], i) => `$${i + 2}::${type}[]`).join(', ');
  await client.query('begin');
  const { rows } = await client.query(
    `insert into organization_learners (organization_id, ${names}, is_disabled, updated_at)
     select $1, ${names}, false, now() from unnest(${arrays}) as t(${names})
     on conflict (organization_id, national_student_id) do update set ${COLUMNS.map(([c]) => `${c} = excluded.${c}`).join(', ')}, is_disabled = false, updated_at = now()
     returning (xmax = 0) as inserted`,
    [organizationId, ...COLUMNS.map(([, key]) => pupils.map((p) => p[key]))],
  );
  await client.query(
    `update organization_learners set is_disabled = true, updated_at = now()
     where organization_id = $1 and not is_disabled and national_student_id is not null and national_student_id <> all($2::varchar[])`,
    [organizationId, pupils.map((p) => p.nationalStudentId)],
  );
  await client.query('commit');
  return rows.filter((r) => r.inserted).length;
}

async function best(runs, fn) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await fn(i);
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

async function floors(databaseUrl, file, uai) {
  const parsed = await rawParse(file);
  if (parsed !== PUPILS) throw new Error(`raw parse: ${parsed} pupils, expected ${PUPILS}`);
  const parse = await best(3, () => rawParse(file));
  const pupils = await apiReader(file, uai);
  const reader = await best(3, () => apiReader(file, uai));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    let insert = Infinity;
    let update = Infinity;
    for (let i = 0; i < 3; i += 1) {
      const { rows } = await client.query(`insert into organizations (name, type, uai, is_managing_students) values ('Plancher SIECLE', 'SCO', $1, true) returning id`, [freshUai(100 + i)]);
      let started = performance.now();
      const added = await upsertPupils(client, rows[0].id, pupils);
      insert = Math.min(insert, performance.now() - started);
      started = performance.now();
      const again = await upsertPupils(client, rows[0].id, pupils);
      update = Math.min(update, performance.now() - started);
      if (added !== PUPILS || again !== 0) throw new Error(`floor upsert: ${added} then ${again} inserted`);
      await client.query('delete from organizations where id = $1', [rows[0].id]);
    }
    return { parse, reader, insert, update };
  } finally {
    await client.end();
  }
}

// ---- the benchmark -------------------------------------------------------------------------------

export async function siecleImportBenchmark(databaseUrl) {
  const uai = freshUai(1);
  const file = path.join(tempDir('pix-libre-bench-siecle-'), 'ElevesSansAdresses.zip');
  execFileSync(process.execPath, [path.join(repositoryRoot, 'api/test/fixtures/siecle/generate.mjs'), '--pupils', String(PUPILS), '--out', file, '--uai', uai]);
  const zip = readFileSync(file);

  const api = await startApi(databaseUrl, 'warn');
  let first;
  let second;
  try {
    const { openOrm } = dist('database.js');
    const { buildMembership, buildOrganization, buildUser } = dist('seeds/database-builder.js');
    const orm = await openOrm(databaseUrl);
    const em = orm.em.fork();
    const school = await buildOrganization(em, { name: 'Lycée du banc d’essai', type: 'SCO', uai, isManagingStudents: true });
    const admin = await buildUser(em, {});
    await buildMembership(em, school.id, admin.id, 'ADMIN');
    await orm.close(true);
    const logIn = 'mutation L($l: String!, $p: String!) { logIn(input: { login: $l, password: $p }) { accessToken } }';
    const { data } = await graphql(api.url, null, logIn, { l: admin.email, p: admin.password });
    const token = data.logIn.accessToken;
    first = await importOnce(api, token, school.id, zip, { added: PUPILS, updated: 0 });
    second = await importOnce(api, token, school.id, zip, { added: 0, updated: PUPILS });
  } finally {
    await stop(api.child);
  }
  const floor = await floors(databaseUrl, file, uai);

  const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} Mo`;
  const seconds = (value) => `${(value / 1000).toFixed(2)} s`;
  const verdict = (ok) => (ok ? 'atteinte' : '**non atteinte**');
  const row = (label, run) =>
    `| ${label} : envoi → DONE | ${seconds(run.total)} (mutation répondue en ${ms(run.answered)}, fichier lu (≥ 90 %) à ${ms(run.read)}, écriture et fin ${ms(run.total - run.read)}) | ≤ 3 s : ${verdict(run.total <= TARGET_MS)} |`;
  const memory = (label, run) =>
    `| ${label} : RSS du processus API avant / pic (VmHWM) / après | ${mb(run.rssBefore)} / ${run.peak === null ? 'n.d.' : mb(run.peak)} / ${mb(run.rssAfter)} | ≤ 250 Mo : ${run.peak === null ? 'n.d.' : verdict(run.peak <= TARGET_MB * 1e6)} |`;
  return [
    'Orga: import SIECLE',
    [
      `Fichier : ${PUPILS} élèves (+ 2 sortis, 1 inactif), zip de ${(zip.length / 1e6).toFixed(2)} Mo (ElevesSansAdresses.xml en ISO-8859-15) ; API seule dans son processus (\`api/dist/src/main.js\`), envoi multipart GraphQL, job interrogé toutes les ${POLL_MS} ms.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      row(`premier import (${first.job.pupilsAdded} ajoutés)`, first),
      memory('premier import', first),
      row(`ré-import du même fichier (${second.job.pupilsUpdated} mis à jour)`, second),
      memory('ré-import', second),
      `| plancher : dézip + décodage + saxes à la main, sans contrôle ni base (meilleur de 3) | ${ms(floor.parse)} | |`,
      `| lecteur et contrôles de l'API seuls (\`readSiecleFile\` + \`validateSiecleImport\`, dans le processus du banc, meilleur de 3) | ${ms(floor.reader)} | |`,
      `| plancher : \`insert … on conflict\` nu des ${PUPILS} lignes par pg (un \`unnest\`, + sortants, une transaction) : ajout / mise à jour | ${ms(floor.insert)} / ${ms(floor.update)} | |`,
      `| plancher total (dézip + analyse + écriture) : ajout / mise à jour | ${ms(floor.parse + floor.insert)} / ${ms(floor.parse + floor.update)} | |`,
    ],
  ];
}
