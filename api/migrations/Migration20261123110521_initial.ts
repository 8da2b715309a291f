import { Migration } from '@mikro-orm/migrations';

export class Migration20261123110521_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "areas" ("id" varchar(32) not null, "code" varchar(8) not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "color" varchar(16) not null, constraint "areas_pkey" primary key ("id"));`);

    this.addSql(`create table "challenges" ("id" varchar(64) not null, "skill_id" varchar(64) not null, "type" varchar(16) not null, "status" varchar(16) not null, "locales" jsonb not null, "instruction" text not null, "instruction_en" text null, "proposals" jsonb null, "fields" jsonb null, "solution" jsonb not null, "tolerances_off" jsonb not null, "timer" int null, constraint "challenges_pkey" primary key ("id"));`);
    this.addSql(`create index "challenges_skill_id_index" on "challenges" ("skill_id");`);

    this.addSql(`create table "competences" ("id" varchar(32) not null, "code" varchar(8) not null, "area_id" varchar(32) not null, "name" varchar(255) not null, "name_en" varchar(255) not null, "description" text not null, "description_en" text not null, constraint "competences_pkey" primary key ("id"));`);

    this.addSql(`create table "content_releases" ("id" serial primary key, "version" varchar(64) not null, "imported_at" timestamptz not null default now(), "summary" jsonb not null);`);
    this.addSql(`alter table "content_releases" add constraint "content_releases_version_unique" unique ("version");`);

    this.addSql(`create table "knowledge_elements" ("id" serial primary key, "user_id" int not null, "skill_id" varchar(64) not null, "competence_id" varchar(32) not null, "status" varchar(16) not null, "source" varchar(16) not null, "earned_pix" double precision not null, "assessment_id" int null, "answer_id" int null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "knowledge_elements_user_id_created_at_index" on "knowledge_elements" ("user_id", "created_at");`);
    this.addSql(`create index "knowledge_elements_user_id_competence_id_index" on "knowledge_elements" ("user_id", "competence_id");`);

    this.addSql(`create table "login_failures" ("scope" varchar(16) not null, "key" varchar(255) not null, "failures" int not null default 0, "window_started_at" timestamptz not null, "blocked_until" timestamptz null, constraint "login_failures_pkey" primary key ("scope", "key"));`);

    this.addSql(`create table "outbox_emails" ("id" serial primary key, "recipient" varchar(255) not null, "subject" varchar(500) not null, "text" text not null, "created_at" timestamptz not null default now());`);

    this.addSql(`create table "password_reset_tokens" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "password_reset_tokens" add constraint "password_reset_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_reset_tokens_user_id_index" on "password_reset_tokens" ("user_id");`);

    this.addSql(`create table "refresh_tokens" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "family_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_tokens_user_id_index" on "refresh_tokens" ("user_id");`);
    this.addSql(`create index "refresh_tokens_family_id_index" on "refresh_tokens" ("family_id");`);

    this.addSql(`create table "skills" ("id" varchar(64) not null, "name" varchar(64) not null, "tube_id" varchar(64) not null, "competence_id" varchar(32) not null, "level" smallint not null, "hint" text not null, "status" varchar(16) not null, "tutorial_ids" jsonb not null, "learn_more_tutorial_ids" jsonb not null, constraint "skills_pkey" primary key ("id"));`);
    this.addSql(`create index "skills_tube_id_index" on "skills" ("tube_id");`);
    this.addSql(`create index "skills_competence_id_index" on "skills" ("competence_id");`);

    this.addSql(`create table "tubes" ("id" varchar(64) not null, "name" varchar(64) not null, "competence_id" varchar(32) not null, "title" varchar(255) not null, "title_en" varchar(255) null, "thematic" varchar(255) not null, "description" text not null, "status" varchar(16) not null, constraint "tubes_pkey" primary key ("id"));`);
    this.addSql(`create index "tubes_competence_id_index" on "tubes" ("competence_id");`);

    this.addSql(`create table "tutorials" ("id" varchar(96) not null, "tube_id" varchar(64) not null, "title" varchar(500) not null, "source" varchar(255) not null, "format" varchar(32) not null, "duration_minutes" int not null, "link" varchar(1000) not null, "locale" varchar(5) not null, "status" varchar(16) not null, constraint "tutorials_pkey" primary key ("id"));`);
    this.addSql(`create index "tutorials_tube_id_index" on "tutorials" ("tube_id");`);

    this.addSql(`create table "users" ("id" serial primary key, "first_name" varchar(255) not null, "last_name" varchar(255) not null, "email" varchar(255) null, "username" varchar(255) null, "password_hash" varchar(255) not null, "must_change_password" boolean not null default false, "locale" varchar(5) not null default 'fr', "platform_role" varchar(20) null, "cgu_accepted_at" timestamptz null, "last_logged_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "users" add constraint "users_email_unique" unique ("email");`);
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);

    // Reviewed additions: referential integrity and invariants the entity schemas do not express.
    this.addSql(`alter table "users" add constraint "users_email_lower_case" check ("email" = lower("email"));`);
    this.addSql(`alter table "users" add constraint "users_platform_role_check" check ("platform_role" in ('SUPER_ADMIN', 'SUPPORT', 'METIER', 'CERTIF'));`);
    this.addSql(`alter table "users" add constraint "users_email_or_username" check ("email" is not null or "username" is not null);`);
    this.addSql(`alter table "refresh_tokens" add constraint "refresh_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "password_reset_tokens" add constraint "password_reset_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "competences" add constraint "competences_area_id_foreign" foreign key ("area_id") references "areas" ("id");`);
    this.addSql(`alter table "tubes" add constraint "tubes_competence_id_foreign" foreign key ("competence_id") references "competences" ("id");`);
    this.addSql(`alter table "tutorials" add constraint "tutorials_tube_id_foreign" foreign key ("tube_id") references "tubes" ("id");`);
    this.addSql(`alter table "skills" add constraint "skills_tube_id_foreign" foreign key ("tube_id") references "tubes" ("id");`);
    this.addSql(`alter table "skills" add constraint "skills_competence_id_foreign" foreign key ("competence_id") references "competences" ("id");`);
    this.addSql(`alter table "challenges" add constraint "challenges_skill_id_foreign" foreign key ("skill_id") references "skills" ("id");`);
    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_skill_id_foreign" foreign key ("skill_id") references "skills" ("id");`);
    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_competence_id_foreign" foreign key ("competence_id") references "competences" ("id");`);
    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_status_check" check ("status" in ('validated', 'invalidated', 'reset'));`);
    this.addSql(`alter table "knowledge_elements" add constraint "knowledge_elements_source_check" check ("source" in ('direct', 'inferred'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "areas" cascade;`);

    this.addSql(`drop table if exists "challenges" cascade;`);

    this.addSql(`drop table if exists "competences" cascade;`);

    this.addSql(`drop table if exists "content_releases" cascade;`);

    this.addSql(`drop table if exists "knowledge_elements" cascade;`);

    this.addSql(`drop table if exists "login_failures" cascade;`);

    this.addSql(`drop table if exists "outbox_emails" cascade;`);

    this.addSql(`drop table if exists "password_reset_tokens" cascade;`);

    this.addSql(`drop table if exists "refresh_tokens" cascade;`);

    this.addSql(`drop table if exists "skills" cascade;`);

    this.addSql(`drop table if exists "tubes" cascade;`);

    this.addSql(`drop table if exists "tutorials" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);
  }

}
