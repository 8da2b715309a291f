// Floor of the campaign answer benchmark: a copy of answer-floor-server.mjs for a campaign's test. The
// same read (test, answers, knowledge) plus the campaign's skills, and the same atomic write (answer +
// move on) plus the participation's status update (TO_SHARE at the end), by hand-written SQL through pg
// behind bare node:http, with a trivial choice of the next challenge (the first one, by level, of the
// campaign's skills not yet answered) instead of the engine, and no answer checking.
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const challengesBySkill = new Map();
const levelOf = new Map();
for (const row of (await pool.query(
  `select c.id, c.skill_id, s.level from challenges c join skills s on s.id = c.skill_id where c.status = 'validated' order by s.level, c.id`,
)).rows) {
  if (!challengesBySkill.has(row.skill_id)) challengesBySkill.set(row.skill_id, []);
  challengesBySkill.get(row.skill_id).push(row.id);
  levelOf.set(row.skill_id, row.level);
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    try {
      const { assessmentId, challengeId, value, idempotencyKey } = JSON.parse(body);
      const { rows } = await pool.query(
        `select a.id, a.current_challenge_id,
           coalesce((select json_agg(cs.skill_id) from campaign_participations cp join campaign_skills cs on cs.campaign_id = cp.campaign_id
                     where cp.id = a.campaign_participation_id), '[]') as skills,
           coalesce((select json_agg(an.challenge_id) from answers an where an.assessment_id = a.id), '[]') as answered,
           coalesce((select json_agg(k.skill_id) from knowledge_elements k where k.assessment_id = a.id), '[]') as known
         from assessments a where a.id = $1`,
        [assessmentId],
      );
      const a = rows[0];
      const answered = new Set([...a.answered, challengeId]);
      const skills = a.skills.filter((s) => challengesBySkill.has(s)).sort((x, y) => levelOf.get(x) - levelOf.get(y));
      let next = null;
      for (const skill of skills) {
        next = challengesBySkill.get(skill).find((id) => !answered.has(id)) ?? null;
        if (next) break;
      }
      const written = await pool.query(
        `with moved as (update assessments set current_challenge_id = $1, state = $2, updated_at = now()
                        where id = $3 and current_challenge_id = $4 returning id, campaign_participation_id),
         answer as (insert into answers (assessment_id, challenge_id, value, result, idempotency_key)
                    select id, $4, $5, 'ok', $6 from moved returning id),
         ended as (update campaign_participations set status = 'TO_SHARE'
                   where id = (select campaign_participation_id from moved) and status = 'STARTED' and $7::boolean)
         select id from answer`,
        [next, next ? 'STARTED' : 'COMPLETED', assessmentId, challengeId, value, idempotencyKey, next === null],
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
