import { Migration } from '@mikro-orm/migrations';

/**
 * The tables of certification (rules in docs/domain.md, "Certification"), shared by its three contexts:
 * - `certification_centers`: a centre (SCO tied to the school of the same UAI, SUP, PRO);
 * - `certification_sessions`: a session (its id is the "N° de session"), its access code for the
 *   candidates and its invigilator password, its state CREATED → FINALIZED → IN_PROCESS → PROCESSED;
 * - `certification_candidates`: who is enrolled in a session (a school's pupil keeps the link to its
 *   organisation learner), then who joined (`user_id`) and whether the invigilator let them start;
 * - `certification_courses`: the test of one candidate, built when they joined: its server-kept clock
 *   (`started_at`, `ends_at`), how it ended, the end screen seen; the profile of that moment
 *   (`certification_course_competences`) and the questions chosen (`certification_challenges`), what
 *   scoring and the jury (next issue) read;
 * - `certification_problem_reports`: a question reported by the candidate (E1–E7), validated or refused
 *   live by the invigilator;
 * - `certification_incidents`: the incident report (PV d'incident) written at finalisation.
 * Answers of a certification go to `answers` through an assessment of type CERTIFICATION.
 * Written by hand and reviewed.
 */
export class Migration20261207010000_certification_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certification_centers" (
      "id" serial primary key,
      "name" varchar(255) not null,
      "type" varchar(8) not null check ("type" in ('SCO', 'SUP', 'PRO')),
      "uai" varchar(8) null,
      "external_id" varchar(255) null,
      "archived_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      constraint "certification_centers_sco_has_uai" check ("type" <> 'SCO' or "uai" is not null)
    );`);
    this.addSql(`create unique index "certification_centers_uai_unique" on "certification_centers" (upper("uai")) where "uai" is not null;`);

    this.addSql(`create table "certification_sessions" (
      "id" serial primary key,
      "certification_center_id" int not null references "certification_centers" ("id") on delete cascade,
      "address" varchar(255) not null,
      "room" varchar(255) not null,
      "date" date not null,
      "time" time not null,
      "examiner" varchar(255) not null,
      "description" text not null default '',
      "access_code" varchar(6) not null,
      "invigilator_password" varchar(6) not null,
      "state" varchar(16) not null default 'CREATED' check ("state" in ('CREATED', 'FINALIZED', 'IN_PROCESS', 'PROCESSED')),
      "finalization_comment" text null,
      "finalized_at" timestamptz null,
      "finalized_by_user_id" int null references "users" ("id") on delete set null,
      "created_by_user_id" int null references "users" ("id") on delete set null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "certification_sessions_access_code_format" check ("access_code" ~ '^[BCDFGHJKMPQRTVWXY]{4}[2346789]{2}$')
    );`);
    this.addSql(`create unique index "certification_sessions_access_code_unique" on "certification_sessions" ("access_code");`);
    this.addSql(`create index "certification_sessions_center_date_index" on "certification_sessions" ("certification_center_id", "date", "time", "id");`);

    this.addSql(`create table "certification_candidates" (
      "id" serial primary key,
      "session_id" int not null references "certification_sessions" ("id") on delete cascade,
      "first_name" varchar(255) not null,
      "last_name" varchar(255) not null,
      "birthdate" date not null,
      "sex" varchar(1) null check ("sex" in ('M', 'F')),
      "birth_city" varchar(255) null,
      "birth_insee_code" varchar(5) null,
      "birth_postal_code" varchar(5) null,
      "birth_province_code" varchar(3) null,
      "birth_country" varchar(255) not null default 'FRANCE',
      "result_recipient_email" varchar(255) null,
      "external_id" varchar(255) null,
      "extra_time_percentage" smallint not null default 0 check ("extra_time_percentage" between 0 and 100),
      "organization_learner_id" int null references "organization_learners" ("id") on delete set null,
      "user_id" int null references "users" ("id") on delete set null,
      "joined_at" timestamptz null,
      "authorized_to_start" boolean not null default false,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now()
    );`);
    this.addSql(`create unique index "certification_candidates_identity_unique" on "certification_candidates" ("session_id", "public"."search_text"("last_name"), "public"."search_text"("first_name"), "birthdate");`);
    this.addSql(`create unique index "certification_candidates_learner_unique" on "certification_candidates" ("session_id", "organization_learner_id") where "organization_learner_id" is not null;`);
    this.addSql(`create unique index "certification_candidates_user_unique" on "certification_candidates" ("session_id", "user_id") where "user_id" is not null;`);
    this.addSql(`create index "certification_candidates_user_index" on "certification_candidates" ("user_id") where "user_id" is not null;`);

    // A certification's assessment has no competence: its questions are listed by the course.
    this.addSql(`alter table "assessments" drop constraint "assessments_type_check";`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION', 'CAMPAIGN', 'CERTIFICATION'));`);
    this.addSql(`alter table "assessments" drop constraint "assessments_target_by_type";`);
    this.addSql(`alter table "assessments" add constraint "assessments_target_by_type" check (("type" = 'COMPETENCE_EVALUATION' and "competence_id" is not null and "campaign_participation_id" is null) or ("type" = 'CAMPAIGN' and "competence_id" is null and "campaign_participation_id" is not null) or ("type" = 'CERTIFICATION' and "competence_id" is null and "campaign_participation_id" is null));`);

    this.addSql(`create table "certification_courses" (
      "id" serial primary key,
      "candidate_id" int not null unique references "certification_candidates" ("id") on delete cascade,
      "session_id" int not null references "certification_sessions" ("id") on delete cascade,
      "user_id" int not null references "users" ("id") on delete cascade,
      "assessment_id" int not null unique references "assessments" ("id") on delete cascade,
      "state" varchar(16) not null default 'STARTED' check ("state" in ('STARTED', 'ENDED')),
      "started_at" timestamptz null,
      "ends_at" timestamptz null,
      "ended_at" timestamptz null,
      "end_reason" varchar(32) null check ("end_reason" in ('COMPLETED', 'TIMED_OUT', 'ENDED_BY_INVIGILATOR', 'ENDED_AT_FINALIZATION')),
      "end_screen_seen_at" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "certification_courses_ended" check (("state" = 'ENDED') = ("ended_at" is not null and "end_reason" is not null))
    );`);
    this.addSql(`create index "certification_courses_session_index" on "certification_courses" ("session_id");`);

    this.addSql(`create table "certification_course_competences" (
      "certification_course_id" int not null references "certification_courses" ("id") on delete cascade,
      "competence_id" varchar(32) not null references "competences" ("id"),
      "level" smallint not null,
      "pix" int not null,
      primary key ("certification_course_id", "competence_id")
    );`);

    this.addSql(`create table "certification_challenges" (
      "certification_course_id" int not null references "certification_courses" ("id") on delete cascade,
      "position" smallint not null,
      "challenge_id" varchar(64) not null references "challenges" ("id"),
      "skill_id" varchar(64) not null references "skills" ("id"),
      "competence_id" varchar(32) not null references "competences" ("id"),
      "is_neutralized" boolean not null default false,
      "neutralized_by" varchar(16) null check ("neutralized_by" in ('PROBLEM_REPORT', 'INCIDENT', 'JURY')),
      primary key ("certification_course_id", "position"),
      constraint "certification_challenges_challenge_unique" unique ("certification_course_id", "challenge_id")
    );`);

    this.addSql(`create table "certification_problem_reports" (
      "id" serial primary key,
      "certification_course_id" int not null references "certification_courses" ("id") on delete cascade,
      "challenge_id" varchar(64) not null references "challenges" ("id"),
      "question_number" smallint not null,
      "category" varchar(2) not null check ("category" in ('E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7')),
      "status" varchar(16) not null default 'PENDING' check ("status" in ('PENDING', 'ACCEPTED', 'REFUSED')),
      "created_at" timestamptz not null default now(),
      "resolved_at" timestamptz null,
      constraint "certification_problem_reports_one_per_question" unique ("certification_course_id", "challenge_id")
    );`);

    this.addSql(`create table "certification_incidents" (
      "id" serial primary key,
      "candidate_id" int not null references "certification_candidates" ("id") on delete cascade,
      "code" varchar(2) not null check ("code" in ('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'E1', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'A1', 'A2')),
      "question_number" smallint null,
      "comment" text not null default '',
      "created_at" timestamptz not null default now(),
      constraint "certification_incidents_question_for_challenge_codes" check (("code" like 'E%') = ("question_number" is not null))
    );`);
    this.addSql(`create index "certification_incidents_candidate_index" on "certification_incidents" ("candidate_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_incidents";`);
    this.addSql(`drop table if exists "certification_problem_reports";`);
    this.addSql(`drop table if exists "certification_challenges";`);
    this.addSql(`drop table if exists "certification_course_competences";`);
    this.addSql(`drop table if exists "certification_courses";`);
    this.addSql(`delete from "assessments" where "type" = 'CERTIFICATION';`);
    this.addSql(`alter table "assessments" drop constraint "assessments_target_by_type";`);
    this.addSql(`alter table "assessments" add constraint "assessments_target_by_type" check (("type" = 'COMPETENCE_EVALUATION' and "competence_id" is not null and "campaign_participation_id" is null) or ("type" = 'CAMPAIGN' and "competence_id" is null and "campaign_participation_id" is not null));`);
    this.addSql(`alter table "assessments" drop constraint "assessments_type_check";`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION', 'CAMPAIGN'));`);
    this.addSql(`drop table if exists "certification_candidates";`);
    this.addSql(`drop table if exists "certification_sessions";`);
    this.addSql(`drop table if exists "certification_centers";`);
  }
}
