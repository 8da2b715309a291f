import { Client } from 'pg';
import { buildMembership, buildOrganization, buildUser } from '../../src/seeds/database-builder';
import { systemClock } from '../../src/shared/domain/clock';
import { refreshChallengeStatistics, type ChallengeStatisticsDependencies } from '../../src/evaluation/application/challenge-statistics.usecase';
import { startTestApi, type TestApi } from '../helpers/test-api';

const LOG_IN = `mutation L($login: String!, $password: String!) { logIn(input: { login: $login, password: $password }) { accessToken } }`;
const STATISTICS = `query S($first: Int, $after: String, $filter: ChallengeStatisticsFilterInput) {
  challengeStatistics(first: $first, after: $after, filter: $filter) { totalCount refreshedAt pageInfo { hasNextPage endCursor }
    edges { node { id reference skillName competenceId competenceCode declaredLevel measuredLevel answers successRate skipRate medianTimeSeconds
      successByLevel { level answers successes successRate significant } flags { code reason } } } } }`;

interface Row { id: string; level: number; skill_id: string; competence_id: string }

/**
 * Each challenge's measured difficulty (issue 16): answers of completed first positioning tests, at
 * learner levels set by the fixtures, counted by the background refresh (incrementally, once), read
 * by the content team only.
 */
describe('Pix Admin: measured difficulty of the challenges', () => {
  let api: TestApi;
  let db: Client;
  let deps: ChallengeStatisticsDependencies;
  const tokens: Record<string, string> = {};
  let learnerId: number;
  let a: Row, b: Row, c: Row, anchor: Row;

  const q = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
  const results = (ok: number, answers: number, skipped = 0) => [...Array(ok).fill('ok'), ...Array(skipped).fill('skipped'), ...Array(answers - ok - skipped).fill('ko')];

  /**
   * One test per result, each answering `challenge` once; the learner's level measured by the test
   * without that answer is `level` (an earlier knowledge element worth 8 × level pix in the test).
   */
  async function seedTests(challenge: Row, level: number, outcomes: string[], options: { state?: string; isRetry?: boolean; userId?: number } = {}) {
    const state = options.state ?? 'COMPLETED';
    await q(
      `with input as (select r.result, r.i from unnest($1::text[]) with ordinality as r(result, i)),
       tests as (
         insert into assessments (user_id, competence_id, type, state, is_retry, completed_at)
         select $2::int, $3::text, 'COMPETENCE_EVALUATION', $4::text, $5::boolean, case when $4::text = 'COMPLETED' then now() end from input order by i returning id
       ),
       numbered as (select id, row_number() over (order by id) as i from tests),
       answers as (
         insert into answers (assessment_id, challenge_id, value, result, time_spent_seconds, idempotency_key)
         select n.id, $6::text, 'x', input.result, input.i, 'k' || n.id from numbered n join input on input.i = n.i
         returning id, assessment_id, result
       ),
       anchors as (
         insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id)
         select $2::int, $7::text, $3::text, 'validated', 'direct', 8 * $8::int, id, null from tests where $8::int > 0
       )
       insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id)
       select $2::int, $9::text, $3::text, case when result = 'ok' then 'validated' else 'invalidated' end, 'direct', case when result = 'ok' then 2 else 0 end, assessment_id, id from answers`,
      [outcomes, options.userId ?? learnerId, challenge.competence_id, state, options.isRetry ?? false, challenge.id, anchor.skill_id, level, challenge.skill_id],
    );
  }

  const read = async (variables: Record<string, unknown> = {}, token = tokens.METIER) => api.gql(STATISTICS, variables, { token });
  const nodeOf = async (challenge: Row) => (await read({ first: 100 })).data!.challengeStatistics.edges.map((e: any) => e.node).find((n: any) => n.reference === challenge.id);
  const levels = (node: any) => node.successByLevel.map((l: any) => [l.level, l.successes, l.answers]);

  beforeAll(async () => {
    // Refreshes only when the test asks: a scheduled one would count the fixtures first.
    api = await startTestApi({ env: { CHALLENGE_STATISTICS_CRON: 'off' } });
    db = new Client({ connectionString: api.databaseUrl });
    await db.connect();
    const em = api.platform.services.orm.em.fork();
    for (const role of ['SUPER_ADMIN', 'METIER', 'SUPPORT', 'CERTIF'] as const) {
      const user = await buildUser(em, { platformRole: role });
      tokens[role] = (await api.gql(LOG_IN, { login: user.email, password: user.password })).data!.logIn.accessToken;
    }
    const learner = await buildUser(em, {});
    learnerId = learner.id;
    tokens.learner = (await api.gql(LOG_IN, { login: learner.email, password: learner.password })).data!.logIn.accessToken;
    const school = await buildOrganization(em, { name: 'Lycée des statistiques', type: 'SCO', uai: '0751717S' });
    const teacher = await buildUser(em, {});
    await buildMembership(em, school.id, teacher.id, 'ADMIN');
    tokens.orgaMember = (await api.gql(LOG_IN, { login: teacher.email, password: teacher.password })).data!.logIn.accessToken;

    const challenges: Row[] = await q(
      `select distinct on (s.level) c.id, s.level, s.id as skill_id, s.competence_id from challenges c join skills s on s.id = c.skill_id
       where c.status = 'validated' and s.status = 'active' order by s.level, c.id`,
    );
    const at = (level: number) => challenges.find((ch) => ch.level === level)!;
    a = at(2);
    c = at(3);
    b = challenges.filter((ch) => ch.level >= 4).at(-1)!;
    anchor = at(1);
    deps = { orm: api.platform.services.orm, clock: systemClock, logger: api.platform.logger, content: () => api.platform.services.content.get() };

    // A rises with the level and crosses 50 % at its level; B is easy for level-1 learners; C falls from level 2 to 3.
    await seedTests(a, 1, results(10, 40, 4));
    await seedTests(a, 2, results(24, 40));
    await seedTests(a, 3, results(36, 40));
    await seedTests(b, 1, results(30, 40));
    await seedTests(b, 4, results(31, 40));
    await seedTests(c, 2, results(36, 40));
    await seedTests(c, 3, results(20, 40));
    // Never counted: a test in progress and a retry.
    const other = await buildUser(em, {});
    await seedTests(a, 3, results(0, 1), { state: 'STARTED', userId: other.id });
    await seedTests(a, 3, results(0, 5), { isRetry: true });
  });

  afterAll(async () => {
    await db.end();
    await api.stop();
  });

  it('counts the completed tests once, with the success rate by level, the median time, the skips and the flags, flagged first', async () => {
    expect((await read()).data!.challengeStatistics).toMatchObject({ totalCount: 0, refreshedAt: null });
    const first = await refreshChallengeStatistics(deps);
    expect(first).toMatchObject({ tests: 280, answers: 280, challenges: 3 });

    const page = (await read({ first: 10 })).data!.challengeStatistics;
    expect(page.totalCount).toBe(3);
    expect(page.refreshedAt).not.toBeNull();
    expect(page.edges.map((e: any) => e.node.reference)).toEqual([...[b.id, c.id].sort(), a.id]);

    const nodeA = await nodeOf(a);
    expect(nodeA).toMatchObject({ declaredLevel: 2, measuredLevel: 2, answers: 120, skipRate: 4 / 120, medianTimeSeconds: 20, flags: [] });
    expect(nodeA.successRate).toBeCloseTo(70 / 120);
    expect(levels(nodeA)).toEqual([[1, 10, 40], [2, 24, 40], [3, 36, 40]]);
    expect(nodeA.id).not.toBe(a.id);

    const nodeB = await nodeOf(b);
    expect(nodeB.flags.map((f: any) => f.code)).toEqual(['EASIER_THAN_DECLARED']);
    expect(nodeB.flags[0].reason).toBe(
      `Plus facile que son niveau ${b.level} : les apprenants de niveau 1 la réussissent déjà à 75 %. Rendez-la plus exigeante, ou rattachez-la à un acquis de niveau plus bas.`,
    );
    const nodeC = await nodeOf(c);
    expect(nodeC.flags.map((f: any) => f.code)).toEqual(['NON_MONOTONIC']);

    const english = await api.gql(STATISTICS, { filter: { flaggedOnly: true } }, { token: tokens.METIER, headers: { 'accept-language': 'en' } });
    expect(english.data!.challengeStatistics.totalCount).toBe(2);
    expect(english.data!.challengeStatistics.edges.find((e: any) => e.node.reference === c.id).node.flags[0].reason).toMatch(/^The success rate does not rise with the level: 90 % at level 2, but 50 % at level 3/);
    const ofCompetence = (await read({ filter: { competenceId: a.competence_id } })).data!.challengeStatistics;
    expect(ofCompetence.edges.every((e: any) => e.node.competenceId === a.competence_id)).toBe(true);
    expect(ofCompetence.totalCount).toBe([a, b, c].filter((ch) => ch.competence_id === a.competence_id).length);
  });

  it('counts only the new tests at the next refresh, nothing twice when run again or twice at once; a full refresh gives the same figures', async () => {
    await seedTests(a, 3, results(20, 20));
    expect(await refreshChallengeStatistics(deps)).toMatchObject({ tests: 20, answers: 20 });
    expect(await refreshChallengeStatistics(deps)).toMatchObject({ tests: 0, answers: 0 });
    await seedTests(a, 3, results(10, 10));
    const together = await Promise.all([refreshChallengeStatistics(deps), refreshChallengeStatistics(deps)]);
    expect(together.map((r) => r.tests).sort()).toEqual([0, 10]);
    const incremental = await nodeOf(a);
    expect(levels(incremental)).toEqual([[1, 10, 40], [2, 24, 40], [3, 66, 70]]);
    expect(await refreshChallengeStatistics(deps, { full: true })).toMatchObject({ tests: 310, answers: 310 });
    expect(await nodeOf(a)).toEqual(incremental);
  });

  it('reads the page in the same number of SQL statements whatever its size', async () => {
    const small = await api.gql(STATISTICS, { first: 1 }, { token: tokens.METIER });
    const large = await api.gql(STATISTICS, { first: 100 }, { token: tokens.METIER });
    expect(small.data!.challengeStatistics.edges).toHaveLength(1);
    expect(large.data!.challengeStatistics.edges).toHaveLength(3);
    expect(Number(large.headers.get('x-sql-statements'))).toBe(Number(small.headers.get('x-sql-statements')));
    const next = await read({ first: 2, after: small.data!.challengeStatistics.pageInfo.endCursor });
    expect(next.data!.challengeStatistics.edges.map((e: any) => e.node.reference)).toEqual(large.data!.challengeStatistics.edges.slice(1).map((e: any) => e.node.reference));
  });

  it('refreshes through the job queue when the content team asks', async () => {
    await seedTests(c, 2, results(5, 5));
    const asked = await api.gql('mutation { refreshChallengeStatistics }', {}, { token: tokens.METIER });
    expect(asked.data).toEqual({ refreshChallengeStatistics: true });
    const deadline = Date.now() + 15_000;
    let answers = 0;
    while (Date.now() < deadline && answers !== 85) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answers = (await nodeOf(c)).answers;
    }
    expect(answers).toBe(85);
  });

  it.each(['learner', 'orgaMember', 'SUPPORT', 'CERTIF'])('refuses the figures and the refresh to %s', async (who) => {
    const seen = await read({}, tokens[who]);
    expect(seen.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asked = await api.gql('mutation { refreshChallengeStatistics }', {}, { token: tokens[who] });
    expect(asked.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the super administrators read them', async () => {
    expect((await read({}, tokens.SUPER_ADMIN)).data!.challengeStatistics.totalCount).toBe(3);
  });
});
