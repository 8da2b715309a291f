import { Migration } from '@mikro-orm/migrations';

/**
 * Certification part 2 (issue 13): results.
 * - A session is assigned to a member of the certification team and published (`published_at`); its
 *   `state` goes FINALIZED → IN_PROCESS (assigned) → PROCESSED (published).
 * - Each certification course gets its verification code (`P-XXXXXXXX`, drawn at its first scoring),
 *   the jury's decision (cancelled, rejected for fraud), the jury's comments, and its position in the
 *   credentials' status list (drawn at publication).
 * - `certification_scorings` keeps every scoring run (at finalisation, after each jury action): the
 *   latest row of a course stands. Its status already includes the jury's decision.
 * - `certification_jury_actions` is the history of the jury's actions, with who, when, before and after.
 */
export class Migration20261207080000_certification_results extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "certification_sessions"
      add column "assigned_to_user_id" int null references "users" ("id") on delete set null,
      add column "assigned_at" timestamptz null,
      add column "published_at" timestamptz null,
      add column "published_by_user_id" int null references "users" ("id") on delete set null;`);
    this.addSql(`create index "certification_sessions_to_process_index" on "certification_sessions" ("finalized_at", "id") where "finalized_at" is not null and "published_at" is null;`);

    this.addSql(`alter table "certification_courses"
      add column "verification_code" varchar(10) null,
      add column "jury_decision" varchar(24) null check ("jury_decision" in ('CANCELLED', 'REJECTED_FOR_FRAUD')),
      add column "jury_comment_for_candidate" text null,
      add column "jury_comment_for_organization" text null,
      add column "credential_status_index" int null,
      add constraint "certification_courses_verification_code_format" check ("verification_code" ~ '^P-[2346789BCDFGHJKMPQRTVWXY]{8}$');`);
    this.addSql(`create unique index "certification_courses_verification_code_unique" on "certification_courses" ("verification_code") where "verification_code" is not null;`);
    this.addSql(`create unique index "certification_courses_credential_status_index_unique" on "certification_courses" ("credential_status_index") where "credential_status_index" is not null;`);

    this.addSql(`create table "certification_scorings" (
      "id" serial primary key,
      "certification_course_id" int not null references "certification_courses" ("id") on delete cascade,
      "status" varchar(16) not null check ("status" in ('VALIDATED', 'REJECTED', 'CANCELLED')),
      "reason" varchar(32) null,
      "pix_score" int not null check ("pix_score" >= 0),
      "correct" int not null,
      "counted" int not null,
      "reproducibility_rate" numeric(5, 4) null,
      "competence_marks" jsonb not null,
      "trigger" varchar(16) not null check ("trigger" in ('FINALIZATION', 'JURY')),
      "created_by_user_id" int null references "users" ("id") on delete set null,
      "created_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "certification_scorings_course_latest_index" on "certification_scorings" ("certification_course_id", "id" desc);`);

    this.addSql(`create table "certification_jury_actions" (
      "id" serial primary key,
      "session_id" int not null references "certification_sessions" ("id") on delete cascade,
      "certification_course_id" int null references "certification_courses" ("id") on delete cascade,
      "action" varchar(32) not null,
      "actor_user_id" int null references "users" ("id") on delete set null,
      "before" jsonb null,
      "after" jsonb null,
      "created_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "certification_jury_actions_course_index" on "certification_jury_actions" ("certification_course_id", "id");`);
    this.addSql(`create index "certification_jury_actions_session_index" on "certification_jury_actions" ("session_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_jury_actions";`);
    this.addSql(`drop table if exists "certification_scorings";`);
    this.addSql(`alter table "certification_courses" drop constraint if exists "certification_courses_verification_code_format",
      drop column "verification_code", drop column "jury_decision", drop column "jury_comment_for_candidate",
      drop column "jury_comment_for_organization", drop column "credential_status_index";`);
    this.addSql(`drop index if exists "certification_sessions_to_process_index";`);
    this.addSql(`alter table "certification_sessions" drop column "assigned_to_user_id", drop column "assigned_at",
      drop column "published_at", drop column "published_by_user_id";`);
  }
}
