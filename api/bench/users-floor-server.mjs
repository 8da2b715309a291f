// Floor of the users-search benchmark: the same two reads as the API's `users(first, offset, filter)`
// (a page sorted in French order, and the total; every word in `users.searched_text`, read from the
// same trigram index, the matches sorted), by hand-written SQL through pg behind bare node:http, same pool size,
// same JSON answer. No GraphQL, no ORM, no token check.
//   GET /?search=coeurdevey%20zoe&first=50&offset=0
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const query = new URL(req.url, 'http://floor').searchParams;
    const words = (query.get('search') ?? '').split(/\s+/).filter(Boolean);
    const where = words.length ? `where ${words.map((_, i) => `searched_text like public.search_text($${i + 1})`).join(' and ')}` : '';
    const columns = 'id, first_name, last_name, email, username, created_at';
    const order = 'order by last_name collate "public"."fr_natural", first_name collate "public"."fr_natural", id';
    const params = words.map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const first = Number(query.get('first') ?? 20);
    const offset = Number(query.get('offset') ?? 0);
    const [page, count] = await Promise.all([
      pool.query(
        words.length
          ? `with matches as materialized (select ${columns} from users ${where}) select * from matches ${order} limit ${first} offset ${offset}`
          : `select ${columns} from users ${order} limit ${first} offset ${offset}`,
        params,
      ),
      pool.query(`select count(*) as n from users ${where}`, params),
    ]);
    const edges = page.rows.map((r) => ({ node: { id: String(r.id), firstName: r.first_name, lastName: r.last_name, email: r.email, username: r.username, createdAt: r.created_at } }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { users: { totalCount: Number(count.rows[0].n), edges } } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
