// Floor of the pupils-list benchmark: the same two reads as the API's `organization { learners }`
// (count + one page ordered by class, last name, first name, id, with the pupil's account for its
// login methods), by hand-written SQL through pg behind bare node:http, same pool size, same JSON
// answer. No GraphQL, no ORM, no token or membership check.
//   GET /?organization=1&first=50&offset=100&division=2NDE1
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });

const pad = (n) => String(n).padStart(2, '0');
const day = (d) => (d ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` : null);

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const query = new URL(req.url, 'http://floor').searchParams;
    const params = [Number(query.get('organization'))];
    let where = 'l.organization_id = $1 and l.is_disabled = false';
    if (query.get('division')) {
      params.push(query.get('division'));
      where += ` and l.division = $${params.length}`;
    }
    const first = Number(query.get('first') ?? 20);
    const offset = Number(query.get('offset') ?? 0);
    const [page, count] = await Promise.all([
      pool.query(
        `select l.id, l.first_name, l.last_name, l.birthdate, l.division, l.national_student_id, u.email, u.username
         from organization_learners l left join users u on u.id = l.user_id
         where ${where} order by l.division, l.last_name, l.first_name, l.id limit ${first} offset ${offset}`,
        params,
      ),
      pool.query(`select count(*) as n from organization_learners l where ${where}`, params),
    ]);
    const edges = page.rows.map((r, i) => ({
      node: {
        id: String(r.id),
        firstName: r.first_name,
        lastName: r.last_name,
        birthdate: day(r.birthdate),
        division: r.division,
        nationalStudentId: r.national_student_id,
        authenticationMethods: r.email || r.username ? [...(r.email ? ['EMAIL'] : []), ...(r.username ? ['USERNAME'] : [])] : ['NONE'],
      },
      cursor: Buffer.from(`offset:${offset + i}`).toString('base64url'),
    }));
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { organization: { learners: { totalCount: Number(count.rows[0].n), edges } } } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
