import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { DIFFICULTY_RULES, type DifficultyFlag, type LevelTally, type TimeTally } from '../domain/challenge-difficulty';

/**
 * The tallies behind each challenge's measured difficulty (migration 20261207170000) and the page's
 * read. A refresh counts the completed first positioning tests not counted yet, whole; the caller
 * holds the refresh lock and the transaction.
 */

/** Refreshes never run together: the second waits, then finds nothing left to count. */
export async function lockRefresh(em: EntityManager): Promise<void> {
  await knexOf(em).raw(`select pg_advisory_xact_lock(hashtext('challenge_statistics.refresh'))`);
}

/** Forgets every tally (a full refresh then counts every test again). */
export async function clearTallies(em: EntityManager): Promise<void> {
  const knex = knexOf(em);
  await knex.raw('delete from challenge_level_statistics');
  await knex.raw('delete from challenge_time_statistics');
  await knex.raw('delete from challenge_statistics_tests');
}

export interface CountedTests {
  tests: number;
  answers: number;
  /** The challenges whose tallies changed. */
  touched: string[];
}

/**
 * Counts the answers of the completed first positioning tests not counted yet. The learner's level
 * of an answer is the level its test measured in the competence without this answer: the validated
 * pix of the test's latest knowledge element per skill, less those this answer brought, / 8, capped.
 */
export async function countNewTests(em: EntityManager, now: Date, levels: { pixPerLevel: number; maxLevel: number }): Promise<CountedTests> {
  const knex = knexOf(em);
  // The new tests in a table of this transaction, analysed: the planner then knows how many there are
  // (a CTE's rows are a guess, and a wrong guess nested-loops a million answers).
  await knex.raw('create temp table refresh_tests (assessment_id int primary key) on commit drop');
  await knex.raw(
    `insert into refresh_tests (assessment_id)
     select a.id from assessments a
     where a.state = 'COMPLETED' and a.type = 'COMPETENCE_EVALUATION' and not a.is_retry
       and not exists (select 1 from challenge_statistics_tests t where t.assessment_id = a.id)`,
  );
  await knex.raw('analyze refresh_tests');
  await knex.raw('insert into challenge_statistics_tests (assessment_id, counted_at) select assessment_id, ? from refresh_tests', [now]);
  const result = await knex.raw(
    `with latest as (
       select distinct on (ke.assessment_id, ke.skill_id) ke.assessment_id, ke.answer_id, ke.status, ke.earned_pix
       from knowledge_elements ke join refresh_tests n on n.assessment_id = ke.assessment_id
       order by ke.assessment_id, ke.skill_id, ke.created_at desc, ke.id desc
     ),
     test_pix as (select assessment_id, sum(earned_pix) as pix from latest where status = 'validated' group by assessment_id),
     answer_pix as (select answer_id, sum(earned_pix) as pix from latest where status = 'validated' and answer_id is not null group by answer_id),
     counted as (
       select an.challenge_id, an.result, an.time_spent_seconds,
         least(floor(round((coalesce(tp.pix, 0) - coalesce(ap.pix, 0))::numeric, 6) / ?), ?)::smallint as learner_level
       from answers an
       join refresh_tests n on n.assessment_id = an.assessment_id
       left join test_pix tp on tp.assessment_id = an.assessment_id
       left join answer_pix ap on ap.answer_id = an.id
     ),
     levels as (
       insert into challenge_level_statistics (challenge_id, learner_level, answers, successes, skips)
       select challenge_id, learner_level, count(*), count(*) filter (where result = 'ok'), count(*) filter (where result = 'skipped')
       from counted group by challenge_id, learner_level
       on conflict (challenge_id, learner_level) do update set
         answers = challenge_level_statistics.answers + excluded.answers,
         successes = challenge_level_statistics.successes + excluded.successes,
         skips = challenge_level_statistics.skips + excluded.skips
       returning 1
     ),
     times as (
       insert into challenge_time_statistics (challenge_id, seconds, answers)
       select challenge_id, least(greatest(time_spent_seconds, 0), ?), count(*)
       from counted where time_spent_seconds is not null group by 1, 2
       on conflict (challenge_id, seconds) do update set answers = challenge_time_statistics.answers + excluded.answers
       returning 1
     )
     select (select count(*) from refresh_tests)::int as tests, (select count(*) from counted)::int as answers,
       coalesce((select array_agg(distinct challenge_id) from counted), '{}') as touched,
       (select count(*) from levels)::int + (select count(*) from times)::int as written`,
    [levels.pixPerLevel, levels.maxLevel, DIFFICULTY_RULES.maxSeconds],
  );
  const row = result.rows[0];
  return { tests: row.tests, answers: row.answers, touched: row.touched };
}

export async function readLevelTallies(em: EntityManager): Promise<Map<string, LevelTally[]>> {
  const rows: { challenge_id: string; learner_level: number; answers: number; successes: number; skips: number }[] = (
    await knexOf(em).raw('select challenge_id, learner_level, answers, successes, skips from challenge_level_statistics')
  ).rows;
  const byChallenge = new Map<string, LevelTally[]>();
  for (const row of rows) {
    const list = byChallenge.get(row.challenge_id) ?? [];
    list.push({ level: row.learner_level, answers: row.answers, successes: row.successes, skips: row.skips });
    byChallenge.set(row.challenge_id, list);
  }
  return byChallenge;
}

export async function readTimeTallies(em: EntityManager, challengeIds: readonly string[]): Promise<Map<string, TimeTally[]>> {
  const rows: { challenge_id: string; seconds: number; answers: number }[] = (
    await knexOf(em).raw('select challenge_id, seconds, answers from challenge_time_statistics where challenge_id = any(?)', [[...challengeIds]])
  ).rows;
  const byChallenge = new Map<string, TimeTally[]>();
  for (const row of rows) {
    const list = byChallenge.get(row.challenge_id) ?? [];
    list.push({ seconds: row.seconds, answers: row.answers });
    byChallenge.set(row.challenge_id, list);
  }
  return byChallenge;
}

export async function readStoredMedians(em: EntityManager): Promise<Map<string, number | null>> {
  const rows: { challenge_id: string; median_time_seconds: number | null }[] = (
    await knexOf(em).raw('select challenge_id, median_time_seconds from challenge_statistics')
  ).rows;
  return new Map(rows.map((row) => [row.challenge_id, row.median_time_seconds]));
}

export interface ChallengeStatisticsRow {
  challengeId: string;
  competenceId: string;
  skillId: string;
  declaredLevel: number;
  answers: number;
  successes: number;
  skips: number;
  medianTimeSeconds: number | null;
  byLevel: LevelTally[];
  flags: DifficultyFlag[];
  sortRank: number;
}

/** Rewrites the page's rows (one statement), and the refresh's record. */
export async function writeStatistics(
  em: EntityManager,
  rows: readonly ChallengeStatisticsRow[],
  refresh: { now: Date; durationMs: number; tests: number; answers: number },
): Promise<void> {
  const knex = knexOf(em);
  await knex.raw('delete from challenge_statistics where not (challenge_id = any(?))', [rows.map((r) => r.challengeId)]);
  if (rows.length > 0) {
    await knex.raw(
      `insert into challenge_statistics (challenge_id, competence_id, skill_id, declared_level, answers, successes, skips, median_time_seconds, by_level, flags, sort_rank, refreshed_at)
       select r.challenge_id, r.competence_id, r.skill_id, r.declared_level, r.answers, r.successes, r.skips, r.median_time_seconds, r.by_level, r.flags, r.sort_rank, ?
       from jsonb_to_recordset(?::jsonb) as r(challenge_id text, competence_id text, skill_id text, declared_level int, answers int, successes int, skips int, median_time_seconds int, by_level jsonb, flags jsonb, sort_rank int)
       on conflict (challenge_id) do update set competence_id = excluded.competence_id, skill_id = excluded.skill_id, declared_level = excluded.declared_level,
         answers = excluded.answers, successes = excluded.successes, skips = excluded.skips, median_time_seconds = excluded.median_time_seconds,
         by_level = excluded.by_level, flags = excluded.flags, sort_rank = excluded.sort_rank, refreshed_at = excluded.refreshed_at`,
      [
        refresh.now,
        JSON.stringify(
          rows.map((r) => ({
            challenge_id: r.challengeId, competence_id: r.competenceId, skill_id: r.skillId, declared_level: r.declaredLevel, answers: r.answers,
            successes: r.successes, skips: r.skips, median_time_seconds: r.medianTimeSeconds, by_level: r.byLevel, flags: r.flags, sort_rank: r.sortRank,
          })),
        ),
      ],
    );
  }
  await knex.raw(
    `insert into challenge_statistics_refresh (id, refreshed_at, duration_ms, tests_counted, answers_counted) values (1, ?, ?, ?, ?)
     on conflict (id) do update set refreshed_at = excluded.refreshed_at, duration_ms = excluded.duration_ms,
       tests_counted = challenge_statistics_refresh.tests_counted + excluded.tests_counted, answers_counted = challenge_statistics_refresh.answers_counted + excluded.answers_counted`,
    [refresh.now, Math.round(refresh.durationMs), refresh.tests, refresh.answers],
  );
}

export interface StatisticsPage {
  rows: ChallengeStatisticsRow[];
  totalCount: number;
  refreshedAt: Date | null;
}

/** One statement, whatever the page size: the page, the count and the last refresh. */
export async function readStatisticsPage(
  em: EntityManager,
  filter: { competenceId: string | null; flaggedOnly: boolean },
  window: { limit: number; offset: number },
): Promise<StatisticsPage> {
  const result = await knexOf(em).raw(
    `with filtered as (
       select * from challenge_statistics
       where (?::text is null or competence_id = ?::text) and (not ?::boolean or sort_rank = 0)
     ),
     page as (select * from filtered order by sort_rank, answers desc, challenge_id limit ? offset ?)
     select (select count(*) from filtered)::int as total_count,
       (select refreshed_at from challenge_statistics_refresh where id = 1) as refreshed_at,
       coalesce((select json_agg(json_build_object(
         'challengeId', challenge_id, 'competenceId', competence_id, 'skillId', skill_id, 'declaredLevel', declared_level,
         'answers', answers, 'successes', successes, 'skips', skips, 'medianTimeSeconds', median_time_seconds,
         'byLevel', by_level, 'flags', flags, 'sortRank', sort_rank) order by sort_rank, answers desc, challenge_id) from page), '[]') as rows`,
    [filter.competenceId, filter.competenceId, filter.flaggedOnly, window.limit, window.offset],
  );
  const row = result.rows[0];
  return { rows: row.rows, totalCount: row.total_count, refreshedAt: row.refreshed_at ? new Date(row.refreshed_at) : null };
}
