// Floor of the challenge-statistics benchmark: the same read of the aggregate as the API's
// `challengeStatistics(first, offset, filter)` (one statement: the page of `challenge_statistics`,
// flagged first, its count and the last refresh), by hand-written SQL through pg behind bare
// node:http, same pool size, a JSON answer with the same figures (rates computed, reasons left as
// codes). No GraphQL, no ORM, no token check, no content names.
//   GET /?first=20&offset=0&flaggedOnly=true&competenceId=1.1
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });

const PAGE = `with filtered as (
    select * from challenge_statistics where ($1::text is null or competence_id = $1::text) and (not $2::boolean or sort_rank = 0)
  ), page as (select * from filtered order by sort_rank, answers desc, challenge_id limit $3 offset $4)
  select (select count(*) from filtered)::int as total_count, (select refreshed_at from challenge_statistics_refresh where id = 1) as refreshed_at,
    coalesce((select json_agg(page.* order by sort_rank, answers desc, challenge_id) from page), '[]') as rows`;

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const query = new URL(req.url, 'http://floor').searchParams;
    const { rows: [row] } = await pool.query(PAGE, [query.get('competenceId') || null, query.get('flaggedOnly') === 'true', Number(query.get('first') ?? 20), Number(query.get('offset') ?? 0)]);
    const edges = row.rows.map((r) => ({
      node: {
        id: r.challenge_id, reference: r.challenge_id, declaredLevel: r.declared_level, answers: r.answers,
        successRate: r.answers ? r.successes / r.answers : 0, skipRate: r.answers ? r.skips / r.answers : 0, medianTimeSeconds: r.median_time_seconds,
        successByLevel: r.by_level.map((l) => ({ level: l.level, answers: l.answers, successRate: l.successes / l.answers })),
        flags: r.flags.map((f) => ({ code: f.code, reason: f.code })),
      },
    }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { challengeStatistics: { totalCount: row.total_count, refreshedAt: row.refreshed_at, edges } } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
