import { Migration } from '@mikro-orm/migrations';

/**
 * Each challenge's measured difficulty (issue 16, docs/domain.md "Measured difficulty"), refreshed in
 * the background from the answers, never per request:
 * - `challenge_statistics_tests`: the positioning tests already counted (a test is counted once,
 *   whole, when it is completed: a refresh adds the completed tests not yet in it);
 * - `challenge_level_statistics`: per challenge and learner level, the answers, successes and skips;
 * - `challenge_time_statistics`: per challenge, how many answers took each number of seconds (capped
 *   at 600), for the median time;
 * - `challenge_statistics`: what the page reads, one row per challenge, rewritten by every refresh
 *   from the two tallies by the pure rule (api/src/evaluation/domain/challenge-difficulty.ts);
 * - `challenge_statistics_refresh`: when the last refresh ran, how long it took.
 * Written by hand.
 */
export class Migration20261207170000_challenge_statistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "challenge_statistics_tests" ("assessment_id" int not null primary key references "assessments" ("id") on delete cascade, "counted_at" timestamptz not null default now());`);
    this.addSql(`create table "challenge_level_statistics" ("challenge_id" varchar(64) not null references "challenges" ("id"), "learner_level" smallint not null, "answers" int not null, "successes" int not null, "skips" int not null, constraint "challenge_level_statistics_pkey" primary key ("challenge_id", "learner_level"), constraint "challenge_level_statistics_counts" check ("answers" >= "successes" + "skips" and "successes" >= 0 and "skips" >= 0));`);
    this.addSql(`create table "challenge_time_statistics" ("challenge_id" varchar(64) not null references "challenges" ("id"), "seconds" smallint not null, "answers" int not null, constraint "challenge_time_statistics_pkey" primary key ("challenge_id", "seconds"));`);
    this.addSql(`create table "challenge_statistics" ("challenge_id" varchar(64) not null primary key references "challenges" ("id"), "competence_id" varchar(32) not null, "skill_id" varchar(64) not null, "declared_level" smallint not null, "answers" int not null, "successes" int not null, "skips" int not null, "median_time_seconds" int null, "by_level" jsonb not null, "flags" jsonb not null, "sort_rank" smallint not null, "refreshed_at" timestamptz not null);`);
    this.addSql(`create index "challenge_statistics_page_index" on "challenge_statistics" ("sort_rank", "answers" desc, "challenge_id");`);
    this.addSql(`create index "challenge_statistics_competence_index" on "challenge_statistics" ("competence_id", "sort_rank", "answers" desc, "challenge_id");`);
    this.addSql(`create table "challenge_statistics_refresh" ("id" smallint not null primary key default 1 check ("id" = 1), "refreshed_at" timestamptz not null, "duration_ms" int not null, "tests_counted" int not null, "answers_counted" int not null);`);
    // The refresh finds the completed first positioning tests not counted yet.
    this.addSql(`create index "assessments_completed_positioning_index" on "assessments" ("id") where "state" = 'COMPLETED' and "type" = 'COMPETENCE_EVALUATION' and not "is_retry";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "assessments_completed_positioning_index";`);
    this.addSql(`drop table if exists "challenge_statistics_refresh";`);
    this.addSql(`drop table if exists "challenge_statistics";`);
    this.addSql(`drop table if exists "challenge_time_statistics";`);
    this.addSql(`drop table if exists "challenge_level_statistics";`);
    this.addSql(`drop table if exists "challenge_statistics_tests";`);
  }
}
