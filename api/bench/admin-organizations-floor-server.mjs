// Floor of the organisations benchmark: the same three reads as the API's `organizations { … tags }`
// (one page in French order of names, the count, the page's tags), by hand-written SQL through pg behind
// bare node:http, same pool size, same JSON answer. No GraphQL, no ORM, no token or role check.
//   GET /?name=lycee&first=50&offset=100
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const WHERE = `archived_at is null and public.search_text(name) like public.search_text($1)`;

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const query = new URL(req.url, 'http://floor').searchParams;
    const pattern = `%${query.get('name')}%`;
    const first = Number(query.get('first') ?? 20);
    const offset = Number(query.get('offset') ?? 0);
    const [page, count] = await Promise.all([
      pool.query(`select id, name, type, uai, external_id, archived_at from organizations where ${WHERE} order by name collate "public"."fr_natural", id limit ${first} offset ${offset}`, [pattern]),
      pool.query(`select count(*) as n from organizations where ${WHERE}`, [pattern]),
    ]);
    const ids = page.rows.map((r) => r.id);
    const tags = (await pool.query('select ot.organization_id, t.id, t.name from organization_tags ot join tags t on t.id = ot.tag_id where ot.organization_id = any($1) order by t.name collate "public"."fr_natural"', [ids])).rows;
    const edges = page.rows.map((r) => ({
      node: {
        id: String(r.id),
        name: r.name,
        type: r.type,
        uai: r.uai,
        externalId: r.external_id,
        archivedAt: r.archived_at,
        tags: tags.filter((t) => t.organization_id === r.id).map((t) => ({ id: String(t.id), name: t.name })),
      },
    }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { organizations: { totalCount: Number(count.rows[0].n), edges } } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
