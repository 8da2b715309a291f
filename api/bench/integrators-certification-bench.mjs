// The integrators' benchmark, certification results (issue 17): the same school of PUPILS pupils, each
// certified in a session of the school's SCO centre (same UAI), read by an API client (scope
// certification-results:read) with `certificationResultsByUai`, pages of 100: SQL statements per page
// (x-sql-statements) across the whole school, then p50/p99 at CLIENTS concurrent readers beside a
// hand-written floor (integrators-floor-server.mjs, /certification-results) under the same load.
// Seeded by a few set-based statements: sessions of 100 pupils (the last two finalised, not published:
// PENDING), one candidate + assessment + course per pupil, a VALIDATED scoring of the 16 competences,
// then a later jury scoring REJECTED for 1 course in 10 (the latest one counts).
import { randomInt } from 'node:crypto';
import os from 'node:os';
import pg from 'pg';
import { load, ms } from './lib.mjs';

const PAGE = 100;
const ALPHABET = '2346789BCDFGHJKMPQRTVWXY';
const LETTERS = 'BCDFGHJKMPQRTVWXY';
const DIGITS = '2346789';
const pick = (chars, n) => Array.from({ length: n }, () => chars[randomInt(chars.length)]).join('');

export const CERTIFICATION_QUERY = `query C($uai: String!, $first: Int, $after: String) { certificationResultsByUai(uai: $uai, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id ine firstName lastName birthdate status pixScore verificationCode sessionDate sessionId certificationCenter publishedAt competences { code level } } } } }`;

function unique(count, make) {
  const values = new Set();
  while (values.size < count) values.add(make());
  return [...values];
}

/** Certifies every pupil of the school (the client already holds certification-results:read). */
export async function seedCertifications(databaseUrl, { uai, pupils }) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [school] } = await client.query('select id from organizations where uai = $1 and archived_at is null', [uai]);
    const competenceIds = (await client.query('select id from competences order by id')).rows.map((r) => r.id);
    if (competenceIds.length === 0) throw new Error('no competences: the learning content is not loaded');
    // A course needs an account: the pupils without one get one (after the learners' measurement).
    await client.query(
      `insert into users (first_name, last_name, username, password_hash)
       select first_name, last_name, 'banc.' || id, 'sans-mot-de-passe' from organization_learners where organization_id = $1 and user_id is null`,
      [school.id],
    );
    await client.query(`update organization_learners l set user_id = u.id from users u where l.organization_id = $1 and l.user_id is null and u.username = 'banc.' || l.id`, [school.id]);
    const { rows: [centre] } = await client.query(`insert into certification_centers (name, type, uai) values ('Centre du collège du banc', 'SCO', $1) returning id`, [uai]);
    const sessionsCount = Math.ceil(pupils / PAGE);
    const accessCodes = unique(sessionsCount, () => `${pick(LETTERS, 4)}${pick(DIGITS, 2)}`);
    const { rows: sessions } = await client.query(
      `insert into certification_sessions (certification_center_id, address, room, date, time, examiner, access_code, invigilator_password, state, finalized_at, published_at)
       select $1, 'Bâtiment A', 'Salle ' || n, current_date - 7 - n, '09:00', 'Mme Banc', ($2::text[])[n], 'BCDFGH',
              case when n > $3 - 2 then 'FINALIZED' else 'PROCESSED' end, now(), case when n > $3 - 2 then null else now() end
       from generate_series(1, $3) as n order by n returning id`,
      [centre.id, accessCodes, sessionsCount],
    );
    const codes = unique(pupils, () => `P-${pick(ALPHABET, 8)}`);
    const marks = JSON.stringify(competenceIds.map((competenceId, i) => ({ competenceId, questions: 3, correct: 3, neutralized: 0, outcome: i % 5 === 4 ? 'U' : 'V', level: i % 5 === 4 ? 0 : 1 + (i % 5), pix: i % 5 === 4 ? 0 : 8 * (1 + (i % 5)) })));
    await client.query(
      `with pupils as (select id as learner_id, user_id, first_name, last_name, birthdate, row_number() over (order by id) as i from organization_learners where organization_id = $1),
       candidates as (insert into certification_candidates (session_id, first_name, last_name, birthdate, birth_city, user_id, organization_learner_id)
                      select ($2::int[])[1 + (i - 1) / ${PAGE}], first_name, last_name, birthdate, 'PARIS 15', user_id, learner_id from pupils returning id, user_id, session_id),
       assessments_made as (insert into assessments (user_id, type, state, completed_at) select user_id, 'CERTIFICATION', 'COMPLETED', now() from pupils returning id, user_id),
       courses as (insert into certification_courses (candidate_id, session_id, user_id, assessment_id, state, started_at, ended_at, end_reason, verification_code)
                   select c.id, c.session_id, p.user_id, a.id, 'ENDED', now(), now(), 'COMPLETED', ($3::text[])[p.i]
                   from pupils p join candidates c on c.user_id = p.user_id join assessments_made a on a.user_id = p.user_id returning id)
       insert into certification_scorings (certification_course_id, status, pix_score, correct, counted, reproducibility_rate, competence_marks, trigger)
       select id, 'VALIDATED', 240, 40, 45, 0.8889, $4::jsonb, 'FINALIZATION' from courses`,
      [school.id, sessions.map((s) => s.id), codes, marks],
    );
    await client.query(
      `insert into certification_scorings (certification_course_id, status, reason, pix_score, correct, counted, reproducibility_rate, competence_marks, trigger)
       select co.id, 'REJECTED', null, 0, 40, 45, 0.8889, '[]'::jsonb, 'JURY' from certification_courses co where co.session_id = any($1::int[]) and co.id % 10 = 0`,
      [sessions.map((s) => s.id)],
    );
    await client.query('analyze users; analyze organization_learners; analyze certification_centers; analyze certification_sessions; analyze certification_candidates; analyze assessments; analyze certification_courses; analyze certification_scorings; analyze api_clients');
  } finally {
    await client.end();
  }
}

/** Statements per page across the school, then the API beside the floor at `clients` concurrent readers. */
export async function certificationResultsSection({ apiUrl, floorUrl, token, uai, pupils, clients, requests, cursor }) {
  const pages = Math.ceil(pupils / PAGE);
  const ask = (after) =>
    fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: CERTIFICATION_QUERY, variables: { uai, first: PAGE, after } }),
    });
  const statements = new Set();
  const statuses = {};
  let after = null;
  for (let page = 0; page < pages; page += 1) {
    const response = await ask(after);
    const body = await response.json();
    const connection = body.data?.certificationResultsByUai;
    if (body.errors || connection.totalCount !== pupils) throw new Error(JSON.stringify(body.errors ?? body.data));
    for (const { node } of connection.edges) statuses[node.status] = (statuses[node.status] ?? 0) + 1;
    statements.add(Number(response.headers.get('x-sql-statements')));
    after = connection.pageInfo.endCursor;
  }
  // The floor answers the same page: compared node by node on a page of PUBLISHED and one of PENDING results.
  const same = [];
  for (const offset of [0, (pages - 1) * PAGE]) {
    const fromApi = (await (await ask(cursor(offset))).json()).data.certificationResultsByUai.edges.map((e) => e.node);
    const fromFloor = (await (await fetch(`${floorUrl}/certification-results?uai=${uai}&first=${PAGE}&offset=${offset}`)).json()).data.certificationResultsByUai.edges.map((e) => e.node);
    same.push(JSON.stringify(fromApi) === JSON.stringify(fromFloor));
    if (!same.at(-1)) console.error('floor differs', JSON.stringify(fromApi[0]), JSON.stringify(fromFloor[0]));
  }
  const offsetOf = (user, i) => (((user * requests + i) * 7) % pages) * PAGE;
  const viaApi = (user, i) => ask(cursor(offsetOf(user, i))).then(async (r) => r.ok && !(await r.json()).errors);
  const viaFloor = (user, i) =>
    fetch(`${floorUrl}/certification-results?uai=${uai}&first=${PAGE}&offset=${offsetOf(user, i)}`).then(async (r) => r.ok && (await r.json()).data.certificationResultsByUai.edges.length > 0);
  await load(clients, 3, viaApi); // warm-up
  await load(clients, 3, viaFloor);
  const loadBefore = os.loadavg()[0];
  const apiFigures = await load(clients, requests, viaApi);
  const floorFigures = await load(clients, requests, viaFloor);
  const loadAfter = os.loadavg()[0];
  const row = (name, f) => `| ${name} | ${f.requests} | ${f.failures} | ${ms(f.p50)} | ${ms(f.p99)} | ${f.perSecond.toFixed(0)} |`;
  return [
    'Integrators: certificationResultsByUai',
    [
      `Le même établissement de ${pupils} élèves, chacun certifié dans une session du centre SCO de l'établissement (même UAI), ${pages} sessions de ${PAGE} (les deux dernières finalisées, pas encore publiées : PENDING) ; un score VALIDATED des 16 compétences, puis une décision du jury REJECTED pour 1 certification sur 10 (la dernière compte). Statuts lus : ${Object.entries(statuses).map(([s, n]) => `${s} ${n}`).join(', ')}. Pages de ${PAGE}, ${clients} lecteurs simultanés × ${requests} pages, après une chauffe. Plancher : la même page en SQL écrit à la main (pg, une requête : la page et son total, le dernier score de chaque certification) derrière node:http, sans jeton, sans audit de l'appel ni limite de débit. Réponses du plancher identiques à celles de l'API (une page publiée, une page PENDING, nœud par nœud) : ${same.every(Boolean) ? 'oui' : 'NON'}.`,
      `Charge de la machine (partagée, 1 min) : ${loadBefore.toFixed(2)} avant les phases mesurées, ${loadAfter.toFixed(2)} après ; ne comparer qu'à l'intérieur de ce tableau.`,
      '',
      '| variante | requêtes | échecs | p50 | p99 | req/s |',
      '|---|---|---|---|---|---|',
      row('API (`certificationResultsByUai`)', apiFigures),
      row('plancher', floorFigures),
      '',
      `Requêtes SQL par page (les ${pages} pages de l'établissement) : ${[...statements].join(', ')} (admission du client et audit de l'appel, limite de débit, établissement par UAI (organizational-entities), la page et son total en une requête (certification/results)).`,
    ],
  ];
}
