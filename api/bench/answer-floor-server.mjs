// Floor of the answer benchmark: the same read (test, answers, knowledge) and the same atomic write
// (answer + move on) by hand-written SQL through pg behind bare node:http, with a trivial choice of the
// next challenge (the next one not yet answered) instead of the engine, and no answer checking.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const challengesByCompetence = new Map();
for (const row of (await pool.query(
  `select c.id, s.competence_id from challenges c join skills s on s.id = c.skill_id where c.status = 'validated' order by s.level, c.id`,
)).rows) {
  if (!challengesByCompetence.has(row.competence_id)) challengesByCompetence.set(row.competence_id, []);
  challengesByCompetence.get(row.competence_id).push(row.id);
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    try {
      const { assessmentId, challengeId, value, idempotencyKey } = JSON.parse(body);
      const { rows } = await pool.query(
        `select a.id, a.competence_id, a.current_challenge_id,
           coalesce((select json_agg(an.challenge_id) from answers an where an.assessment_id = a.id), '[]') as answered,
           coalesce((select json_agg(k.skill_id) from knowledge_elements k where k.assessment_id = a.id), '[]') as known
         from assessments a where a.id = $1`,
        [assessmentId],
      );
      const a = rows[0];
      const answered = new Set([...a.answered, challengeId]);
      const next = challengesByCompetence.get(a.competence_id).find((id) => !answered.has(id)) ?? null;
      const written = await pool.query(
        `with moved as (update assessments set current_challenge_id = $1, state = $2, updated_at = now()
                        where id = $3 and current_challenge_id = $4 returning id)
         insert into answers (assessment_id, challenge_id, value, result, idempotency_key)
         select id, $4, $5, 'ok', $6 from moved returning id`,
        [next, next ? 'STARTED' : 'COMPLETED', assessmentId, challengeId, value, idempotencyKey],
      );
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { answerChallenge: { answer: { id: String(written.rows[0]?.id) }, nextChallenge: next ? { id: next } : null } } }));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
