// The campaign answer benchmark: answer + next challenge inside a campaign's test, at the load of the
// positioning one (answer-bench.mjs): LEARNERS pupils of a school, each with a participation started by
// the GraphQL mutation `startCampaignParticipation` (so the CAMPAIGN test exists), answer through
// `answerChallenge`; beside a hand-written floor (campaign-answer-floor-server.mjs: the same read and
// atomic write, plus the campaign's skills and the participation's status); SQL round trips per answer.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { challengeIdsByApiId, CURRENT_CHALLENGE, freePort, load, ms, repositoryRoot, startAndWait, stop } from './lib.mjs';
import { SECRET, freshUai } from './siecle-import-bench.mjs';

const require = createRequire(import.meta.url);
require('reflect-metadata');
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

const PROFILE = '[LGT] Parcours de rentrée 2nde';
// The API's campaigns: a learner whose test ends starts the next one (not timed); the last is the floor's.
const API_CAMPAIGNS = 3;

async function graphql(port, token, query, variables) {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { headers: response.headers, body: await response.json() };
}

const START = 'mutation S($i: StartCampaignParticipationInput!) { startCampaignParticipation(input: $i) { id status assessment { id state currentChallenge { id } } } }';
const ANSWER = 'mutation A($i: AnswerChallengeInput!) { answerChallenge(input: $i) { answer { id result } nextChallenge { id } checkpoint { isFinal } } }';

async function seed(databaseUrl, learners) {
  const { openOrm } = dist('database.js');
  const { prepareDatabase } = dist('platform.js');
  const { createLogger } = dist('shared/infrastructure/logger.js');
  const { buildCampaign, buildMembership, buildOrganization, buildTargetProfile, buildUser } = dist('seeds/database-builder.js');
  const { TARGET_PROFILE_CATALOGUE } = dist('seeds/target-profile-catalogue.js');
  const { skillsOfTargetProfile } = dist('prescription/target-profile/domain/target-profile.js');
  const { loadLearningContent } = dist('learning-content/infrastructure/learning-content.repository.js');
  const orm = await openOrm(databaseUrl);
  await prepareDatabase(orm, createLogger('warn'));
  const em = orm.em.fork();
  const content = await loadLearningContent(em);
  const entry = TARGET_PROFILE_CATALOGUE.find((e) => e.name === PROFILE);
  const tubes = Object.entries(entry.tubes).map(([tubeId, level]) => ({ tubeId, level }));
  const skillIds = skillsOfTargetProfile(content, tubes).map((s) => s.id);
  const school = await buildOrganization(em, { name: 'Lycée du banc des réponses', type: 'SCO', uai: freshUai(7), isManagingStudents: true });
  const teacher = await buildUser(em, { firstName: 'Prof', lastName: 'Banc' });
  await buildMembership(em, school.id, teacher.id, 'ADMIN');
  const profile = await buildTargetProfile(em, { name: entry.name, category: 'PREDEFINED', ownerOrganizationId: school.id, tubes });
  const campaigns = [];
  for (let i = 0; i <= API_CAMPAIGNS; i += 1) {
    campaigns.push(await buildCampaign(em, { organizationId: school.id, creatorId: teacher.id, type: 'ASSESSMENT', name: `Rentrée – réponses ${i + 1}`, targetProfileId: profile.id, skillIds }));
  }
  await orm.close(true);

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    // Pupils with accounts, reconciled (organization_learners.user_id set) as after the reconciliation form.
    const users = await client.query(
      `insert into users (first_name, last_name, username, password_hash)
       select 'Élève' || g, 'Réponses', 'reponses.' || $1 || '.' || g, 'sans-mot-de-passe' from generate_series(1, $2) g returning id`,
      [school.id, learners],
    );
    const userIds = users.rows.map((r) => r.id).sort((a, b) => a - b);
    await client.query(
      `insert into organization_learners (organization_id, user_id, first_name, last_name, birthdate, division)
       select $1, u.id, u.first_name, u.last_name, date '2010-01-01' + (u.id % 365), '2NDE' || (1 + u.id % 12) from users u where u.id = any($2)`,
      [school.id, userIds],
    );
    // Some prior knowledge on the campaign's skills (the first id % 12 skills, one in 4 invalidated), read by each answer.
    await client.query(
      `insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, created_at)
       select u.id, sk.skill_id, sk.competence_id, case when sk.k % 4 = 0 then 'invalidated' else 'validated' end, 'direct', 0, now() - interval '30 days'
       from users u
       cross join lateral (select cs.skill_id, s.competence_id, row_number() over (order by cs.skill_id) as k
                           from campaign_skills cs join skills s on s.id = cs.skill_id where cs.campaign_id = $2) sk
       where u.id = any($1) and sk.k <= u.id % 12`,
      [userIds, campaigns[0].id],
    );
    await client.query('commit');
    await client.query('analyze');
    const { TokenService } = dist('identity-access-management/infrastructure/token-service.js');
    const tokens = new TokenService(SECRET, 3600);
    return {
      schoolId: school.id,
      skillCount: skillIds.length,
      tubeCount: tubes.length,
      campaigns,
      userIds,
      tokens: userIds.map((userId) => tokens.issueAccessToken({ userId, platformRole: null }, new Date()).token),
    };
  } finally {
    await client.end();
  }
}

export async function campaignAnswerBenchmark(databaseUrl, { learners = Number(process.env.BENCH_LEARNERS ?? 200), requestsPerLearner = Number(process.env.BENCH_ANSWERS ?? 15) } = {}) {
  const { readReleaseFiles, DEFAULT_CONTENT_ROOT } = dist('learning-content/infrastructure/release-files.js');
  const { LearningContent } = dist('learning-content/domain/learning-content.js');
  const { exampleCorrectAnswer, SKIP_MARKER } = dist('evaluation/domain/answer-checking/index.js');
  const content = new LearningContent(readReleaseFiles(DEFAULT_CONTENT_ROOT));
  // As the positioning benchmark: two answers right, the third skipped.
  // The API's ids are opaque: their content ids come from the database once the API has imported the release.
  let contentIdOf = new Map();
  const valueFor = (challengeId, i) =>
    i % 3 === 2 ? SKIP_MARKER : exampleCorrectAnswer(content.challenge(contentIdOf.get(challengeId) ?? challengeId));
  const seeded = await seed(databaseUrl, learners);
  const { campaigns, userIds, tokens } = seeded;

  const port = await freePort();
  const api = await startAndWait(
    path.join(repositoryRoot, 'api/dist/src/main.js'),
    [],
    { ACCESS_TOKEN_SECRET: SECRET, DEMO_DATA: 'false', LOG_LEVEL: 'warn', NODE_ENV: 'development', DATABASE_POOL_MAX: '20', DATABASE_URL: databaseUrl, PORT: String(port) },
    `http://localhost:${port}/healthz`,
  );
  contentIdOf = await challengeIdsByApiId(databaseUrl);
  const state = userIds.map(() => ({ next: 0, assessment: null, current: null, count: 0 }));
  let starts = 0;
  const startNext = async (user) => {
    const s = state[user];
    while (s.next < API_CAMPAIGNS) {
      const code = campaigns[s.next].code;
      s.next += 1;
      const { body } = await graphql(port, tokens[user], START, { i: { campaignCode: code } });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const started = body.data.startCampaignParticipation;
      starts += 1;
      if (started.status === 'STARTED' && started.assessment?.currentChallenge) {
        s.assessment = started.assessment.id;
        s.current = started.assessment.currentChallenge.id;
        return;
      }
    }
    throw new Error('no campaign left to take');
  };
  await Promise.all(state.map((_, user) => startNext(user)));
  const initialStarts = starts;
  const resume = async (user) => {
    const s = state[user];
    s.afterCheckpoint = false;
    const { body } = await graphql(port, tokens[user], CURRENT_CHALLENGE, { id: s.assessment });
    s.current = body.data?.assessment?.currentChallenge?.id ?? null;
  };
  let statements = [];
  let failed = null;
  let completed = 0;
  const answerOnce = async (user) => {
    const s = state[user];
    const { headers, body } = await graphql(port, tokens[user], ANSWER, {
      i: { assessmentId: s.assessment, challengeId: s.current, value: valueFor(s.current, s.count), idempotencyKey: randomUUID() },
    });
    s.count += 1;
    if (statements.length < 2000) statements.push(Number(headers.get('x-sql-statements')));
    if (body.errors) {
      failed ??= body.errors;
      return false;
    }
    s.current = body.data.answerChallenge.nextChallenge?.id ?? null;
    // After a checkpoint the next challenge is asked for (untimed, as a learner reads the checkpoint first).
    s.afterCheckpoint = !s.current && body.data.answerChallenge.checkpoint?.isFinal === false;
    if (!s.current && !s.afterCheckpoint) completed += 1;
    return true;
  };
  // Starting the next campaign when a test ends is not timed: it happens between two measured answers.
  const measured = await load(learners, requestsPerLearner, async (user) => {
    if (!state[user].current && state[user].afterCheckpoint) await resume(user);
    if (!state[user].current) await startNext(user);
    return answerOnce(user);
  });
  await stop(api.child);
  if (failed) console.error('campaign answers: first error', JSON.stringify(failed));
  statements = statements.filter((n) => Number.isFinite(n));
  const withoutCheckpoint = Math.min(...statements);
  const withCheckpoint = Math.max(...statements);

  // The floor, on tests of its own: a participation STARTED and its CAMPAIGN test per learner, on the last campaign.
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const toShareBefore = Number((await client.query(`select count(*) from campaign_participations where status = 'TO_SHARE' and campaign_id = any($1)`, [campaigns.slice(0, API_CAMPAIGNS).map((c) => c.id)])).rows[0].count);
  const floorCampaign = campaigns[API_CAMPAIGNS].id;
  const first = (
    await client.query(
      `select c.id from campaign_skills cs join skills s on s.id = cs.skill_id join challenges c on c.skill_id = s.id
       where cs.campaign_id = $1 and c.status = 'validated' order by s.level, c.id limit 1`,
      [floorCampaign],
    )
  ).rows[0].id;
  const floorState = [];
  for (const userId of userIds) {
    const { rows } = await client.query(
      `with p as (insert into campaign_participations (campaign_id, user_id, organization_learner_id, status)
                  select $1, l.user_id, l.id, 'STARTED' from organization_learners l where l.user_id = $2 and l.organization_id = $3 returning id, user_id)
       insert into assessments (user_id, campaign_participation_id, type, current_challenge_id) select user_id, id, 'CAMPAIGN', $4 from p returning id`,
      [floorCampaign, userId, seeded.schoolId, first],
    );
    floorState.push({ assessment: rows[0].id, current: first, count: 0 });
  }
  await client.end();
  const floorPort = await freePort();
  const floor = await startAndWait(path.join(repositoryRoot, 'api/bench/campaign-answer-floor-server.mjs'), [], { DATABASE_URL: databaseUrl, PORT: String(floorPort), DATABASE_POOL_MAX: '20' }, `http://localhost:${floorPort}/healthz`);
  const floorFigures = await load(learners, requestsPerLearner, async (user) => {
    const s = floorState[user];
    if (!s.current) return true;
    const response = await fetch(`http://localhost:${floorPort}/`, {
      method: 'POST',
      body: JSON.stringify({ assessmentId: s.assessment, challengeId: s.current, value: valueFor(s.current, s.count), idempotencyKey: randomUUID() }),
    });
    const json = await response.json();
    s.count += 1;
    s.current = json.data.answerChallenge.nextChallenge?.id ?? null;
    return response.ok;
  });
  await stop(floor.child);

  const ratio = measured.p99 / floorFigures.p99;
  const met = (ok) => (ok ? 'atteinte' : 'non atteinte');
  return [
    'Campagnes : réponse + question suivante',
    [
      `Établissement SCO, campagne d'évaluation « ${PROFILE} » (${seeded.tubeCount} sujets, ${seeded.skillCount} acquis) ; ${learners} élèves rapprochés, chacun avec quelques éléments de connaissance antérieurs sur les acquis de la campagne, démarrent leur participation par la mutation \`startCampaignParticipation\` (${initialStarts} démarrages, non chronométrés), puis répondent par \`answerChallenge\` (deux réponses justes, la troisième passée, comme au positionnement). Un test terminé (participation passée à TO_SHARE : ${toShareBefore}) enchaîne sur la campagne suivante, hors mesure.`,
      '',
      '| mesure | valeur | cible |',
      '|---|---|---|',
      `| \`answerChallenge\` dans une campagne (réponse + question suivante), ${learners} apprenants simultanés × ${requestsPerLearner} réponses : p50 / p99 | ${ms(measured.p50)} / ${ms(measured.p99)} (${measured.perSecond.toFixed(0)} réponses/s, ${measured.failures} échecs) | |`,
      `| plancher SQL écrit à la main (même lecture avec les acquis de la campagne, même écriture atomique avec le statut de la participation, pg + node:http) : p50 / p99 | ${ms(floorFigures.p50)} / ${ms(floorFigures.p99)} (${floorFigures.perSecond.toFixed(0)} réponses/s, ${floorFigures.failures} échecs) | |`,
      `| p99 API / p99 plancher | ${ratio.toFixed(2)} × | ≤ 1,5 × : ${met(ratio <= 1.5)} |`,
      `| allers-retours SQL par réponse (avec un bilan intermédiaire) | ${withoutCheckpoint} (${withCheckpoint}) | ≤ 4 : ${met(withCheckpoint <= 4)} |`,
    ],
  ];
}
