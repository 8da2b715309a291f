import { Migration } from '@mikro-orm/migrations';

/**
 * One table of throttle counters for every throttled operation (log-in, reconciliation, campaign codes,
 * activation, password reset, sign-up), counted before the check in one statement (see
 * shared/infrastructure/throttle). A window ends at `window_ends_at`; `max_attempts` is the limit the
 * last attempt was counted against, so that the upsert's conflict branch can compare with it. Counters
 * blocked at the time of the migration are kept, spent, until their end. The table is UNLOGGED: a count
 * commits without waiting for the WAL's flush to disk (several callers on one address's counter queue on
 * its row, each for one commit), at the price of counters emptied after a crash of PostgreSQL and absent
 * from replicas — acceptable for counters of a 15-minute window (docs/benchmarks.md, "Throttle").
 * Written by hand and reviewed.
 */
export class Migration20261206100000_throttle_counters extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table "throttle_counters" ("scope" varchar(32) not null, "key" varchar(255) not null, "attempts" int not null, "max_attempts" int not null, "window_ends_at" timestamptz not null, constraint "throttle_counters_pkey" primary key ("scope", "key"), constraint "throttle_counters_attempts_check" check ("attempts" >= 0));`);
    // Expired windows are removed by a sweep on their end.
    this.addSql(`create index "throttle_counters_window_ends_at_index" on "throttle_counters" ("window_ends_at");`);
    this.addSql(`insert into "throttle_counters" ("scope", "key", "attempts", "max_attempts", "window_ends_at")
      select case "scope" when 'account' then 'login_account' when 'address' then 'login_address' when 'activation' then 'activation_address'
        when 'campaign_code' then 'campaign_code_address' when 'reconcile_user' then 'reconcile_account' else 'reconcile_address' end,
        "key", "failures", "failures", "blocked_until"
      from "login_failures" where "blocked_until" > now();`);
    this.addSql(`drop table "login_failures";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "login_failures" ("scope" varchar(16) not null, "key" varchar(255) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "blocked_until" timestamptz null, constraint "login_failures_pkey" primary key ("scope", "key"));`);
    this.addSql(`drop table if exists "throttle_counters";`);
  }
}
