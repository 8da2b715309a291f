// Floor of the integrators' benchmark: the same page as `organizationLearnersByUai` (the school by
// UAI, one page of its pupils ordered by id with their login methods, and the count) by hand-written
// SQL through pg behind bare node:http, same pool size, same JSON answer. No GraphQL, no token check,
// no audit of the call, no throttle. And the same page as `certificationResultsByUai` (the school's
// pupils' courses in finalised sessions of its SCO centre, each with its latest scoring, and the count:
// one statement; PENDING until published, scores and levels for published VALIDATED results only).
//   GET /?uai=0751234A&first=100&offset=200
//   GET /certification-results?uai=0751234A&first=100&offset=200
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });

let outline = null;
/** The framework's competences in order (areas by code, competences by code): read once. */
async function competences() {
  outline ??= (await pool.query('select c.id, c.code from competences c join areas a on a.id = c.area_id order by a.code, c.code')).rows;
  return outline;
}

async function certificationResults(query, res) {
  const first = Number(query.get('first') ?? 20);
  const offset = Number(query.get('offset') ?? 0);
  const uai = query.get('uai');
  const framework = await competences();
  const { rows } = await pool.query(
    `with school as (select id from organizations where uai = $1 and type = 'SCO' and archived_at is null),
          results as (select co.id, co.verification_code, cand.first_name, cand.last_name, cand.birthdate, ol.national_student_id, s.id as session_id, s.date, s.published_at, cc.name as centre
                      from organization_learners ol
                      join certification_candidates cand on cand.organization_learner_id = ol.id
                      join certification_courses co on co.candidate_id = cand.id
                      join certification_sessions s on s.id = co.session_id
                      join certification_centers cc on cc.id = s.certification_center_id
                      where ol.organization_id = (select id from school) and cc.type = 'SCO' and upper(cc.uai) = upper($1) and s.state in ('FINALIZED', 'IN_PROCESS', 'PROCESSED')),
          page as (select r.id, r.verification_code, r.first_name, r.last_name, to_char(r.birthdate, 'YYYY-MM-DD') as birthdate, r.national_student_id, r.session_id,
                          to_char(r.date, 'YYYY-MM-DD') as session_date, r.published_at, r.centre, sc.status, sc.pix_score, sc.competence_marks
                   from results r left join lateral (select status, pix_score, competence_marks from certification_scorings where certification_course_id = r.id order by id desc limit 1) sc on true
                   order by r.id limit ${first} offset ${offset})
     select (select count(*) from results) as total, (select json_agg(page order by page.id) from page) as rows`,
    [uai],
  );
  const edges = (rows[0].rows ?? []).map((r, i) => {
    const status = r.published_at !== null && r.status !== null ? r.status : 'PENDING';
    const validated = status === 'VALIDATED';
    const levels = new Map((r.competence_marks ?? []).map((m) => [m.competenceId, m.outcome === 'U' ? 0 : m.level]));
    return {
      node: {
        id: String(r.id), ine: r.national_student_id, firstName: r.first_name, lastName: r.last_name, birthdate: r.birthdate, status,
        pixScore: validated ? r.pix_score : null, verificationCode: validated ? r.verification_code : null, sessionDate: r.session_date, sessionId: String(r.session_id),
        certificationCenter: r.centre, publishedAt: status === 'PENDING' ? null : new Date(r.published_at).toISOString(),
        competences: validated ? framework.map((c) => ({ code: c.code, level: levels.get(c.id) ?? 0 })) : [],
      },
      cursor: Buffer.from(`offset:${offset + i}`).toString('base64url'),
    };
  });
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ data: { certificationResultsByUai: { totalCount: Number(rows[0].total), edges } } }));
}

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const query = new URL(req.url, 'http://floor').searchParams;
    if (req.url.startsWith('/certification-results')) return await certificationResults(query, res);
    const first = Number(query.get('first') ?? 20);
    const offset = Number(query.get('offset') ?? 0);
    const { rows } = await pool.query(
      `with school as (select id from organizations where uai = $1 and archived_at is null),
            page as (select l.id, l.national_student_id, l.first_name, l.last_name, to_char(l.birthdate, 'YYYY-MM-DD') as birthdate, l.division, l.is_disabled,
                            u.email, u.username, g.user_id as gar
                     from organization_learners l left join users u on u.id = l.user_id left join gar_identities g on g.user_id = l.user_id
                     where l.organization_id = (select id from school) order by l.id limit ${first} offset ${offset})
       select (select count(*) from organization_learners where organization_id = (select id from school)) as total, (select json_agg(page order by page.id) from page) as rows`,
      [query.get('uai')],
    );
    const edges = (rows[0].rows ?? []).map((r, i) => ({
      node: {
        id: String(r.id), ine: r.national_student_id, firstName: r.first_name, lastName: r.last_name, birthdate: r.birthdate, division: r.division, hasLeft: r.is_disabled,
        loginMethods: [...(r.email ? ['EMAIL'] : []), ...(r.username ? ['USERNAME'] : []), ...(r.gar ? ['GAR'] : [])],
      },
      cursor: Buffer.from(`offset:${offset + i}`).toString('base64url'),
    }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { organizationLearnersByUai: { totalCount: Number(rows[0].total), edges } } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
