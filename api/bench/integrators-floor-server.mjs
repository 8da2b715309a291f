// Floor of the integrators' benchmark: the same page as `organizationLearnersByUai` (the school by
// UAI, one page of its pupils ordered by id with their login methods, and the count) by hand-written
// SQL through pg behind bare node:http, same pool size, same JSON answer. No GraphQL, no token check,
// no audit of the call, no throttle.
//   GET /?uai=0751234A&first=100&offset=200
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const query = new URL(req.url, 'http://floor').searchParams;
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
