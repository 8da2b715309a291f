// The floor of the session-check benchmark: `me { id firstName }` written by hand with `pg` behind a
// bare node:http server: the same JWT verification (jsonwebtoken, HS256) and the same account read as
// the API, no GraphQL, no ORM. SESSION_READ=1 adds what a naive session check costs: one indexed read
// of the account's session version before the answer (the API keeps the versions in memory instead).
import http from 'node:http';
import { createSecretKey } from 'node:crypto';
import jwt from 'jsonwebtoken';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20) });
const key = createSecretKey(Buffer.from(process.env.ACCESS_TOKEN_SECRET, 'utf8'));
const readVersion = process.env.SESSION_READ === '1';

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  try {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const claims = jwt.verify(bearer, key, { algorithms: ['HS256'] });
    const userId = Number(claims.sub);
    if (readVersion) {
      const { rows } = await pool.query('select session_version from users where id = $1', [userId]);
      if (!rows[0] || (claims.sv ?? 0) < rows[0].session_version) throw new Error('session ended');
    }
    const { rows } = await pool.query('select id, first_name from users where id = $1', [userId]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: { me: { id: String(rows[0].id), firstName: rows[0].first_name } } }));
  } catch (error) {
    res.statusCode = 401;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
