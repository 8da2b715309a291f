// Floor of the certificates' benchmark: the same public verification as `verifyCertificate` (the code
// normalised, the course by its unique code, its candidate, session, centre and LATEST scoring, shown
// only when published and validated, with each competence's level) by hand-written SQL through pg
// behind bare node:http, same pool size, same JSON answer. No GraphQL and no throttle.
//   GET /?code=P-C3YFQ8GC
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const normalize = (typed) => {
  const compact = typed.replace(/[\s-]+/g, '').toUpperCase();
  return compact.startsWith('P') && compact.length === 9 ? `P-${compact.slice(1)}` : compact;
};

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const code = normalize(new URL(req.url, 'http://floor').searchParams.get('code') ?? '');
    const { rows } = await pool.query(
      `select cand.first_name, cand.last_name, to_char(cand.birthdate, 'YYYY-MM-DD') as birthdate, to_char(s.date, 'YYYY-MM-DD') as date,
              s.published_at, cc.name as center, sc.status, sc.pix_score, sc.competence_marks, co.verification_code
       from certification_courses co
       join certification_candidates cand on cand.id = co.candidate_id
       join certification_sessions s on s.id = co.session_id
       join certification_centers cc on cc.id = s.certification_center_id
       left join lateral (select status, pix_score, competence_marks from certification_scorings where certification_course_id = co.id order by id desc limit 1) sc on true
       where co.verification_code = $1`,
      [code],
    );
    const row = rows[0];
    const found = row && row.published_at && row.status === 'VALIDATED';
    res.setHeader('content-type', 'application/json');
    res.end(
      JSON.stringify({
        data: {
          verifyCertificate: found
            ? {
                firstName: row.first_name, lastName: row.last_name, birthdate: row.birthdate, date: row.date, certificationCenter: row.center,
                pixScore: row.pix_score, verificationCode: row.verification_code,
                competences: row.competence_marks.map((m) => ({ id: m.competenceId, level: m.outcome === 'U' ? 0 : m.level })),
              }
            : null,
        },
      }),
    );
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
