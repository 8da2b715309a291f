// The answer benchmark: answer + next challenge at LEARNERS concurrent learners over HTTP, for each
// variant of the API (the current build, and an earlier one when BENCH_BASELINE_DIST names it) beside
// an honest floor (answer-floor-server.mjs: the same use case logic and SQL on bare node:http + pg),
// rotated within each round so that the machine's load hits all alike. Only answers are timed: a test
// is started or resumed after a checkpoint between phases, never inside one; a phase lets each learner
// answer up to its next checkpoint (included) or the end of its test. CPU per answer: the server's Node
// process and PostgreSQL's processes, read from /proc before and after each phase.
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { analyze, challengeIdsByApiId, CURRENT_CHALLENGE, freePort, percentile, postmasterPid, repositoryRoot, rotate, startAndWait, stop, withCpu } from './lib.mjs';

const require = createRequire(import.meta.url);
const dist = (p) => require(path.join(repositoryRoot, 'api/dist/src', p));

async function graphql(port, token, query, variables) {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { headers: response.headers, body: await response.json() };
}

const START = 'mutation S($c: ID!) { startCompetenceEvaluation(competenceId: $c) { id state currentChallenge { id } } }';
const ANSWER = 'mutation A($i: AnswerChallengeInput!) { answerChallenge(input: $i) { answer { id result } nextChallenge { id } checkpoint { isFinal } } }';

/** The API builds to measure: the current one, and an earlier one (BENCH_BASELINE_DIST) when given. */
export function apiVariants() {
  const variants = [{ name: 'API', dist: path.join(repositoryRoot, 'api/dist') }];
  if (process.env.BENCH_BASELINE_DIST) variants.unshift({ name: 'API (référence)', dist: path.resolve(process.env.BENCH_BASELINE_DIST) });
  return variants;
}

export async function answerBenchmark({ databaseUrl, userIds, tokens, learners, rounds, apiEnv }) {
  const { readReleaseFiles, DEFAULT_CONTENT_ROOT } = dist('learning-content/infrastructure/release-files.js');
  const { LearningContent } = dist('learning-content/domain/learning-content.js');
  const { exampleCorrectAnswer, SKIP_MARKER } = dist('evaluation/domain/answer-checking/index.js');
  const content = new LearningContent(readReleaseFiles(DEFAULT_CONTENT_ROOT));
  const competences = content.competences.map((c) => c.id);
  let contentIdOf = new Map();
  const valueFor = (challengeId, i) =>
    i % 3 === 2 ? SKIP_MARKER : exampleCorrectAnswer(content.challenge(contentIdOf.get(challengeId) ?? challengeId));

  // Every server runs for the whole benchmark; only the measured one gets requests.
  const variants = [];
  // BENCH_PROFILE=<folder>: V8 CPU profiles of the API processes and of the floor (written when they stop), to see where time goes.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : [];
  for (const api of apiVariants()) {
    const port = await freePort();
    const started = await startAndWait(path.join(api.dist, 'src/main.js'), [], { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(port) }, `http://localhost:${port}/healthz`, 120_000, profile);
    variants.push({ name: api.name, port, child: started.child, path: '/graphql' });
  }
  const floorPort = await freePort();
  const floor = await startAndWait(
    path.join(repositoryRoot, 'api/bench/answer-floor-server.mjs'),
    [],
    { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(floorPort) },
    `http://localhost:${floorPort}/healthz`,
    120_000,
    profile,
  );
  variants.push({ name: 'plancher', port: floorPort, child: floor.child, path: '/' });
  // Tests are started and resumed (untimed, between phases) through an API process of their own, never
  // measured: every measured server sits idle between its phases alike (a busy one keeps its young
  // generation grown, an idle one sees V8 shrink it; serving the starts made the current API 20 % cheaper
  // per answer than an identical build beside it).
  const controlPort = await freePort();
  const controlProcess = await startAndWait(path.join(repositoryRoot, 'api/dist/src/main.js'), [], { ...apiEnv, DATABASE_URL: databaseUrl, PORT: String(controlPort) }, `http://localhost:${controlPort}/healthz`, 120_000);
  const control = controlPort;
  contentIdOf = await challengeIdsByApiId(databaseUrl);
  const pgPid = await postmasterPid(databaseUrl);

  // Each variant has its own learners (no two variants share a test), with the same profiles and the same
  // competences in the same order as the others': the same work, so that their CPU per answer compares.
  if (userIds.length < learners * variants.length) throw new Error(`the answer benchmark needs ${learners * variants.length} learners, ${userIds.length} seeded`);
  for (const [k, variant] of variants.entries()) {
    variant.state = Array.from({ length: learners }, (_, j) => ({ user: k * learners + j, competences, next: j, assessment: null, current: null, afterCheckpoint: false, count: 0, exhausted: false }));
  }
  const startNext = async (s) => {
    const { user } = s;
    for (let tries = 0; tries < s.competences.length; tries += 1) {
      const competenceId = s.competences[s.next % s.competences.length];
      s.next += 1;
      const started = (await graphql(control, tokens[user], START, { c: competenceId })).body.data?.startCompetenceEvaluation;
      if (started?.state === 'STARTED' && started.currentChallenge) {
        s.assessment = started.id;
        s.current = started.currentChallenge.id;
        return;
      }
    }
    s.exhausted = true;
  };
  const prepare = (variant) =>
    Promise.all(
      variant.state.map(async (s) => {
        if (s.exhausted) return;
        if (!s.current && s.afterCheckpoint) {
          s.afterCheckpoint = false;
          const { body } = await graphql(control, tokens[s.user], CURRENT_CHALLENGE, { id: s.assessment });
          s.current = body.data?.assessment?.currentChallenge?.id ?? null;
        }
        if (!s.current) await startNext(s);
      }),
    );
  const statements = [];
  const answerOnce = async (variant, s) => {
    const response = await fetch(`http://localhost:${variant.port}${variant.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[s.user]}` },
      body: JSON.stringify({ query: ANSWER, variables: { i: { assessmentId: s.assessment, challengeId: s.current, value: valueFor(s.current, s.count), idempotencyKey: randomUUID() } } }),
    });
    const body = await response.json();
    s.count += 1;
    if (variant.name === 'API' && statements.length < 3000) statements.push(Number(response.headers.get('x-sql-statements')));
    if (!response.ok || body.errors) {
      s.current = null;
      return false;
    }
    const result = body.data.answerChallenge;
    s.current = result.nextChallenge?.id ?? null;
    s.afterCheckpoint = !s.current && result.checkpoint?.isFinal === false;
    return true;
  };
  /** One measured phase: every learner answers until its next checkpoint (included) or its test's end. */
  const phase = async (variant) => {
    await prepare(variant);
    const latencies = [];
    let failures = 0;
    const started = performance.now();
    const { nodeMs, pgMs } = await withCpu(variant.child.pid, pgPid, () =>
      Promise.all(
        variant.state.map(async (s) => {
          for (let i = 0; i < 5 && s.current; i += 1) {
            const t = performance.now();
            const ok = await answerOnce(variant, s).catch(() => false);
            latencies.push(performance.now() - t);
            if (!ok) failures += 1;
            if (!s.current) break;
          }
        }),
      ),
    );
    return { latencies, failures, seconds: (performance.now() - started) / 1000, nodeMs, pgMs };
  };
  try {
    await rotate(variants, 1, phase); // warm-up: JIT, pools, PostgreSQL's plans and caches
    // The seed had no answer: statistics that say so would keep a sequential scan of `answers` in the
    // plans of whichever variant prepared its statements first (the API, which starts the tests).
    await analyze(databaseUrl);
    statements.length = 0;
    const figures = await rotate(variants, rounds, phase);
    const counted = statements.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
    return { figures, withoutCheckpoint: percentile(counted, 50), withCheckpoint: counted.at(-1), decision: engineDecisionTime(content) };
  } finally {
    for (const variant of variants) await stop(variant.child);
    await stop(controlProcess.child);
  }
}

/** The engine alone: a learner with 60 answers over the skills of four competences (a campaign-like target). */
function engineDecisionTime(content) {
  const { nextChallenge, knowledgeElementsOf } = dist('evaluation/domain/engine/index.js');
  const skills = content.competences.slice(0, 4).flatMap((c) => content.activeSkillsOf(c.id));
  const challenges = skills.flatMap((s) => content.challengesOf(s.id).filter((c) => c.status === 'validated').map((c) => ({ id: c.id, skillId: s.id, timer: c.timer, locales: c.locales })));
  // 60 answers on 60 different skills, easier ones right and harder ones wrong, with a few slips.
  const answers = skills
    .slice()
    .sort((a, b) => a.level - b.level)
    .slice(0, 60)
    .map((skill, i) => ({
      challengeId: content.challengesOf(skill.id)[0].id,
      skillId: skill.id,
      result: (skill.level <= 3) !== (i % 7 === 6) ? 'ok' : 'ko',
    }));
  const input = { skills: skills.map((s) => ({ id: s.id, tubeId: s.tubeId, level: s.level })), challenges, answers, prior: [], seed: 'bench', locale: 'fr' };
  const runs = 300;
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) {
    knowledgeElementsOf(input);
    nextChallenge(input);
  }
  return { answers: answers.length, skills: skills.length, ms: (performance.now() - started) / runs };
}
