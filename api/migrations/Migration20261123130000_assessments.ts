import { Migration } from '@mikro-orm/migrations';

/**
 * The positioning test: assessments, answers (one per challenge, idempotent by a client key), and the
 * learner's tutorials ("Enregistrer", "Tuto utile"). Generated, then reviewed: the generator would
 * drop the hand-written constraints of the first migration; they are kept, and new ones added.
 */
export class Migration20261123130000_assessments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "assessments" ("id" serial primary key, "user_id" int not null, "competence_id" varchar(32) not null, "type" varchar(32) not null, "state" varchar(16) not null default 'STARTED', "current_challenge_id" varchar(64) null, "locale" varchar(5) not null default 'fr', "is_retry" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "completed_at" timestamptz null);`);
    this.addSql(`create index "assessments_user_id_competence_id_index" on "assessments" ("user_id", "competence_id");`);
    this.addSql(`alter table "assessments" add constraint "assessments_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "assessments" add constraint "assessments_competence_id_foreign" foreign key ("competence_id") references "competences" ("id");`);
    this.addSql(`alter table "assessments" add constraint "assessments_current_challenge_id_foreign" foreign key ("current_challenge_id") references "challenges" ("id");`);
    this.addSql(`alter table "assessments" add constraint "assessments_state_check" check ("state" in ('STARTED', 'COMPLETED'));`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION'));`);
    // One test in progress per learner and competence, even with two tabs starting at once.
    this.addSql(`create unique index "assessments_one_started_per_competence" on "assessments" ("user_id", "competence_id") where "state" = 'STARTED' and "type" = 'COMPETENCE_EVALUATION';`);

    this.addSql(`create table "answers" ("id" serial primary key, "assessment_id" int not null, "challenge_id" varchar(64) not null, "value" text not null, "result" varchar(16) not null, "time_spent_seconds" int null, "idempotency_key" varchar(64) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "answers" add constraint "answers_assessment_id_foreign" foreign key ("assessment_id") references "assessments" ("id") on delete cascade;`);
    this.addSql(`alter table "answers" add constraint "answers_challenge_id_foreign" foreign key ("challenge_id") references "challenges" ("id");`);
    this.addSql(`alter table "answers" add constraint "answers_one_per_challenge" unique ("assessment_id", "challenge_id");`);
    this.addSql(`alter table "answers" add constraint "answers_idempotency_key_unique" unique ("assessment_id", "idempotency_key");`);
    this.addSql(`alter table "answers" add constraint "answers_result_check" check ("result" in ('ok', 'ko', 'skipped', 'timed-out', 'focused-out'));`);

    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_assessment_id_foreign" foreign key ("assessment_id") references "assessments" ("id") on delete cascade;`);
    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_answer_id_foreign" foreign key ("answer_id") references "answers" ("id") on delete cascade;`);
    this.addSql(`create index "knowledge_elements_assessment_id_index" on "knowledge_elements" ("assessment_id");`);

    for (const table of ['saved_tutorials', 'liked_tutorials']) {
      this.addSql(`create table "${table}" ("user_id" int not null, "tutorial_id" varchar(96) not null, "created_at" timestamptz not null default now(), constraint "${table}_pkey" primary key ("user_id", "tutorial_id"));`);
      this.addSql(`alter table "${table}" add constraint "${table}_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
      this.addSql(`alter table "${table}" add constraint "${table}_tutorial_id_foreign" foreign key ("tutorial_id") references "tutorials" ("id");`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "liked_tutorials" cascade;`);
    this.addSql(`drop table if exists "saved_tutorials" cascade;`);
    this.addSql(`alter table "knowledge_elements" drop constraint if exists "knowledge_elements_answer_id_foreign";`);
    this.addSql(`alter table "knowledge_elements" drop constraint if exists "knowledge_elements_assessment_id_foreign";`);
    this.addSql(`drop index if exists "knowledge_elements_assessment_id_index";`);
    this.addSql(`drop table if exists "answers" cascade;`);
    this.addSql(`drop table if exists "assessments" cascade;`);
  }
}
