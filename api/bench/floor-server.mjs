// The floor of the dashboard benchmark: the same three reads and the same JSON answer as the API's
// `me { profile }`, written by hand with `pg` (named prepared statements) behind a bare node:http
// server (no GraphQL, no ORM), the token verified as the API does, with the same pool size. Areas
// and competences are read once at start, as the API caches the content.
// With FLOOR_GRAPHQL=1 it is the GraphQL floor instead: the same reads, and the answer made by
// graphql-js itself (`execute` of the posted document, parsed and validated once, on a schema of the
// same shape with the library's default resolvers): what any server built on graphql-js pays at least.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { buildSchema, execute, parse, validate } from 'graphql';

const require = createRequire(import.meta.url);
const { TokenService } = require(path.join(process.env.API_DIST ?? path.resolve(import.meta.dirname, '../dist'), 'src/identity-access-management/infrastructure/token-service.js'));
const tokens = new TokenService(process.env.ACCESS_TOKEN_SECRET, 3600);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20), idleTimeoutMillis: 0 });
const areas = new Map((await pool.query('select id, code, name, color from areas')).rows.map((a) => [a.id, a]));
const competences = (await pool.query('select id, code, name, area_id from competences')).rows.sort((a, b) =>
  a.code.localeCompare(b.code, 'fr', { numeric: true }),
);

const schema = buildSchema(`
  type Query { me: User }
  type User { id: ID! firstName: String! profile: Profile! }
  type Profile { pixScore: Int! maxPixScore: Int! competences: [CompetenceProfile!]! }
  type CompetenceProfile { competence: Competence! level: Int! pixScore: Int! pixToNextLevel: Int! status: String! }
  type Competence { id: ID! code: String! name: String! area: Area! }
  type Area { id: ID! code: String! name: String! color: String! }
`);
const documents = new Map();
/** The posted query, parsed and validated once (as Apollo's document cache does). */
function documentOf(query) {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
    documents.set(query, document);
  }
  return document;
}
const graphqlFloor = process.env.FLOOR_GRAPHQL === '1';
const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  const viewer = bearer ? tokens.verifyAccessToken(bearer, new Date()) : null;
  if (!viewer) {
    res.statusCode = 401;
    return res.end();
  }
  const userId = viewer.userId;
  const body = readBody(req);
  body.catch(() => undefined);
  try {
    const [user, kes, tests] = await Promise.all([
      pool.query({ name: 'user', text: 'select id, first_name from users where id = $1', values: [userId] }),
      pool.query({
        name: 'knowledge',
        text: `select skill_id, competence_id, status, earned_pix from (
           select distinct on (skill_id) skill_id, competence_id, status, earned_pix
           from knowledge_elements where user_id = $1 order by skill_id, created_at desc, id desc) latest
         where status <> 'reset'`,
        values: [userId],
      }),
      // The latest positioning test per competence (the profile's status and test of each competence).
      pool.query({
        name: 'tests',
        text: `select distinct on (user_id, competence_id) * from assessments
          where user_id = any($1::int[]) and type = 'COMPETENCE_EVALUATION' order by user_id, competence_id, id desc`,
        values: [[userId]],
      }),
    ]);
    const testOf = new Map(tests.rows.map((t) => [t.competence_id, t]));
    const sums = new Map();
    for (const ke of kes.rows) if (ke.status === 'validated') sums.set(ke.competence_id, (sums.get(ke.competence_id) ?? 0) + ke.earned_pix);
    let total = 0;
    const profile = competences.map((c) => {
      const sum = Math.round((sums.get(c.id) ?? 0) * 1e6) / 1e6;
      const pixScore = Math.min(Math.floor(sum), 48);
      const level = Math.min(Math.floor(sum / 8), 6);
      total += pixScore;
      const area = areas.get(c.area_id);
      return {
        competence: { id: c.id, code: c.code, name: c.name, area: { id: area.id, code: area.code, name: area.name, color: area.color } },
        level,
        pixScore,
        status: testOf.get(c.id)?.state ?? 'NOT_STARTED',
        pixToNextLevel: level >= 6 ? 0 : (level + 1) * 8 - pixScore,
      };
    });
    const u = user.rows[0];
    const me = { id: String(u.id), firstName: u.first_name, profile: { pixScore: total, maxPixScore: 768, competences: profile } };
    res.setHeader('content-type', 'application/json');
    if (!graphqlFloor) return res.end(JSON.stringify({ data: { me } }));
    const { query } = JSON.parse(await body);
    res.end(JSON.stringify(await execute({ schema, document: documentOf(query), rootValue: { me } })));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
