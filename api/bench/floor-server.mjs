// The floor of the dashboard benchmark: the same work as the API's `me { profile }` without its framework.
// Bare node:http and pg with named prepared statements; the token verified as the API does; the same
// SQL, imported from the API's repositories (the account, the latest knowledge elements, the latest
// test of each competence), the same row mappings and the same use case (`learnerProfileOf`, the
// evaluation's domain), on the content release read once at start as the API caches it. The JSON
// answer holds the fields the benchmark's document asks for, written by hand.
// With FLOOR_GRAPHQL=1 it is the GraphQL floor instead: the same work, and the answer made by
// graphql-js itself (`execute` of the posted document, parsed and validated once, on a schema of the
// same shape with the library's default resolvers): what any server built on graphql-js pays at least.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import { buildSchema, execute, parse, validate } from 'graphql';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(process.env.API_DIST ?? path.resolve(import.meta.dirname, '../dist'), 'src', p));
const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
const { USER_FOR_DISPLAY } = dist('identity-access-management/infrastructure/user.repository.js');
const { accountFields } = dist('identity-access-management/infrastructure/user-rows.js');
const { LATEST_KNOWLEDGE_ELEMENTS, knowledgeElementFactOf } = dist('evaluation/infrastructure/knowledge-element.repository.js');
const { LATEST_ASSESSMENTS_OF_USERS, toAssessment } = dist('evaluation/infrastructure/assessment.repository.js');
const { learnerProfileOf } = dist('evaluation/domain/profile.js');
const { openOrm } = dist('database.js');
const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');

const orm = await openOrm(process.env.DATABASE_URL);
const content = await loadLearningContent(orm.em.fork());
await orm.close(true);
const competenceIds = content.competences.map((c) => c.id);
const areaOf = new Map(content.areas.map((a) => [a.id, { id: a.id, code: a.code, name: a.name, color: a.color }]));
const competenceOf = new Map(content.competences.map((c) => [c.id, { id: c.id, code: c.code, name: c.name, area: areaOf.get(c.areaId) }]));

const tokens = new TokenService(process.env.ACCESS_TOKEN_SECRET, 3600);
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20), idleTimeoutMillis: 0 });
const query = async (statement, values) => (await pool.query({ name: statement.name, text: statement.text, values })).rows;

const schema = buildSchema(`
  type Query { me: User }
  type User { id: ID! firstName: String! profile: Profile! }
  type Profile { pixScore: Int! maxPixScore: Int! competences: [CompetenceProfile!]! }
  type CompetenceProfile { competence: Competence! level: Int! pixScore: Int! pixToNextLevel: Int! }
  type Competence { id: ID! code: String! name: String! area: Area! }
  type Area { id: ID! code: String! name: String! color: String! }
`);
const documents = new Map();
/** The posted query, parsed and validated once (as Apollo's document cache does). */
function documentOf(text) {
  let document = documents.get(text);
  if (!document) {
    document = parse(text);
    const errors = validate(schema, document);
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('; '));
    documents.set(text, document);
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
    const [users, knowledge, tests] = await Promise.all([
      query(USER_FOR_DISPLAY, [userId]),
      query(LATEST_KNOWLEDGE_ELEMENTS, [[userId]]),
      query(LATEST_ASSESSMENTS_OF_USERS, [[userId]]),
    ]);
    const account = accountFields(users[0]);
    const profile = learnerProfileOf(competenceIds, knowledge.map(knowledgeElementFactOf), tests.map(toAssessment), new Date());
    // The fields the benchmark's document asks for, built field by field as the API's use case does.
    const me = {
      id: String(account.id),
      firstName: account.firstName,
      profile: {
        pixScore: profile.pixScore,
        maxPixScore: profile.maxPixScore,
        competences: profile.competences.map((c) => ({
          competence: competenceOf.get(c.competenceId),
          level: c.level,
          pixScore: c.pixScore,
          pixToNextLevel: c.pixToNextLevel,
        })),
      },
    };
    res.setHeader('content-type', 'application/json');
    if (graphqlFloor) {
      const { query: text } = JSON.parse(await body);
      return res.end(JSON.stringify(await execute({ schema, document: documentOf(text), rootValue: { me } })));
    }
    res.end(JSON.stringify({ data: { me } }));
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
