// Floor of the answer benchmark: the same work as the API's `answerChallenge` without its framework.
// Bare node:http and pg with named prepared statements; the same request body (a GraphQL request,
// whose variables are read); the token verified as the API does; the same use case logic through the
// same domain functions (answer check, timing, engine, knowledge elements, checkpoint) and the same
// SQL, imported from the API's repository: one read of the test, one atomic write, and at a checkpoint
// the learner's saved and liked tutorials.
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(process.env.API_DIST ?? path.resolve(import.meta.dirname, '../dist'), 'src', p));
const { answerStatements } = dist('evaluation/infrastructure/answer-context.repository.js');
const { campaignTestSql } = dist('prescription/campaign-participation/infrastructure/campaign-test-sql.js');
// The same statements as the API's, prescription's part of a campaign's test included (given at start as in platform.ts).
const { context: ANSWER_CONTEXT_STATEMENT, record: RECORD_ANSWER_STATEMENT } = answerStatements(campaignTestSql);
const { checkAnswer, isWellFormedValue } = dist('evaluation/domain/answer-checking/index.js');
const { answerTiming, EVALUATION_RULES, isCheckpoint } = dist('evaluation/domain/competence-evaluation-rules.js');
const { assessmentEngineOf } = dist('evaluation/application/engine-input.js');
const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
const { openOrm } = dist('database.js');
const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');

// The content, read once at start as the API caches it.
const orm = await openOrm(process.env.DATABASE_URL);
const content = await loadLearningContent(orm.em.fork());
await orm.close(true);

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_MAX ?? 20), idleTimeoutMillis: 0 });
const tokens = new TokenService(process.env.ACCESS_TOKEN_SECRET, 3600);
const SAVED = { name: 'floor.saved', text: 'select tutorial_id from saved_tutorials where user_id = $1 order by created_at desc' };
const LIKED = { name: 'floor.liked', text: 'select tutorial_id from liked_tutorials where user_id = $1' };
const query = async (statement, values) => (await pool.query({ name: statement.name, text: statement.text, values })).rows;

function toContext(row) {
  const assessment = {
    id: row.id,
    userId: row.user_id,
    type: row.type,
    competenceId: row.competence_id,
    campaignParticipationId: row.campaign_participation_id,
    state: row.state,
    currentChallengeId: row.current_challenge_id,
    currentChallengeServedAt: row.current_challenge_served_at ? new Date(row.current_challenge_served_at) : null,
    locale: row.locale,
    isRetry: row.is_retry,
  };
  const answers = row.answers.map((a) => ({ ...a, assessmentId: assessment.id, createdAt: new Date(a.createdAt) }));
  const prior = row.prior.filter((k) => k.status === 'validated' || (k.status === 'invalidated' && !assessment.isRetry));
  return { assessment, answers, prior, currentKnowledge: new Map(row.current_knowledge.map((k) => [k.skillId, k.status])), targetSkillIds: row.target_skill_ids ?? [] };
}

const failure = (code) => ({ errors: [{ message: code, extensions: { code } }] });

async function answer(viewer, input) {
  if (input.value.length > 5000 || !/^[\w-]{1,64}$/.test(input.idempotencyKey)) return failure('BAD_USER_INPUT');
  const [row] = await query(ANSWER_CONTEXT_STATEMENT, [Number(input.assessmentId)]);
  if (!row) return failure('NOT_FOUND');
  const context = toContext(row);
  const { assessment } = context;
  if (assessment.userId !== viewer.userId) return failure('FORBIDDEN');
  if (context.answers.some((a) => a.idempotencyKey === input.idempotencyKey)) return failure('REPLAY');
  if (assessment.state === 'COMPLETED') return failure('ASSESSMENT_COMPLETED');
  const challenge = content.challengeOfPublicId(input.challengeId);
  if (!challenge || assessment.currentChallengeId !== challenge.id) return failure('NOT_CURRENT_CHALLENGE');
  if (!isWellFormedValue(challenge, input.value)) return failure('BAD_USER_INPUT');
  const now = new Date();
  const timing = answerTiming(assessment.currentChallengeServedAt, now);
  const result = checkAnswer(challenge, input.value, { elapsedSeconds: timing.elapsedSeconds, graceSeconds: EVALUATION_RULES.timedChallengeGraceSeconds });
  const answers = [...context.answers, { id: 0, assessmentId: assessment.id, challengeId: challenge.id, value: input.value, result, idempotencyKey: input.idempotencyKey, createdAt: now }];
  const engine = assessmentEngineOf(content, assessment, answers, context.prior, context.targetSkillIds);
  const changed = engine.knowledgeElements().filter((ke) => context.currentKnowledge.get(ke.skillId) !== ke.status);
  const decision = engine.decide();
  const next = decision.kind === 'challenge' ? decision.challengeId : null;
  const checkpoint = isCheckpoint(answers.length, next === null);
  const servedAt = next && !checkpoint ? now : null;
  const knowledge = changed.map((ke) => ({
    skill_id: ke.skillId,
    competence_id: content.skill(ke.skillId).competenceId,
    status: ke.status,
    source: ke.source,
    earned_pix: ke.status === 'validated' ? content.pixValueOf(ke.skillId) : 0,
    answer_id: ke.answerIndex === answers.length - 1 ? null : answers[ke.answerIndex].id,
  }));
  const [stored] = await query(RECORD_ANSWER_STATEMENT, [
    next, servedAt, next ? 'STARTED' : 'COMPLETED', next ? null : now, now, assessment.id, challenge.id,
    input.value, result, input.idempotencyKey, timing.timeSpentSeconds, JSON.stringify(knowledge), next === null,
  ]);
  if (!stored) return failure('NOT_CURRENT_CHALLENGE');
  let checkpointView = null;
  if (checkpoint) {
    const [saved, liked] = await Promise.all([query(SAVED, [viewer.userId]), query(LIKED, [viewer.userId])]);
    checkpointView = { isFinal: next === null, saved: saved.length, liked: liked.length };
  }
  return {
    data: {
      answerChallenge: {
        answer: { id: String(stored.id), result: result.toUpperCase() },
        nextChallenge: next && servedAt ? { id: content.publicIdOf(next) } : null,
        checkpoint: checkpointView && { isFinal: checkpointView.isFinal },
      },
    },
  };
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') return res.end('ok');
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', async () => {
    try {
      const bearer = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
      const viewer = bearer ? tokens.verifyAccessToken(bearer, new Date()) : null;
      const json = viewer ? await answer(viewer, JSON.parse(body).variables.i) : failure('UNAUTHENTICATED');
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(json));
    } catch (error) {
      res.statusCode = 500;
      res.end(String(error));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
