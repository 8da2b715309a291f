import { Migration } from '@mikro-orm/migrations';

/**
 * Campaign participations, and the campaign test as an assessment of type CAMPAIGN. Written from the
 * entity schemas and reviewed: the partial unique indexes and the checks are hand-written.
 */
export class Migration20261123190000_campaign_participations extends Migration {
  override async up(): Promise<void> {
    // Reconciliation links an account to at most one pupil of a school (domain.md §5).
    this.addSql(`create unique index "organization_learners_one_per_user" on "organization_learners" ("organization_id", "user_id") where "user_id" is not null;`);

    this.addSql(`create table "campaign_participations" ("id" serial primary key, "campaign_id" int not null, "user_id" int not null, "organization_learner_id" int not null, "participant_external_id" varchar(255) null, "status" varchar(8) not null default 'STARTED', "is_improved" boolean not null default false, "created_at" timestamptz not null default now(), "shared_at" timestamptz null, "validated_skills_count" int null, "pix_score" int null, "mastery_rate" double precision null, "is_certifiable" boolean null, "certifiable_competences_count" int null, "knowledge_snapshot" jsonb null, "deleted_at" timestamptz null);`);
    // Results stay with the campaign and the pupil; an account deleted takes its participations along.
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id");`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_organization_learner_id_foreign" foreign key ("organization_learner_id") references "organization_learners" ("id");`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_status_check" check ("status" in ('STARTED', 'TO_SHARE', 'SHARED'));`);
    // domain.md §6: what sharing stores is there exactly when the participation is shared.
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_shared_at_by_status" check (("status" = 'SHARED') = ("shared_at" is not null));`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_shared_values" check ("status" <> 'SHARED' or ("validated_skills_count" is not null and "pix_score" is not null and "mastery_rate" is not null and "knowledge_snapshot" is not null));`);
    this.addSql(`alter table "campaign_participations" add constraint "campaign_participations_mastery_rate_check" check ("mastery_rate" between 0 and 1);`);
    // One participation in progress or standing per pupil and campaign, even with two tabs starting at once;
    // a profile sent again marks the previous one improved (kept for history).
    this.addSql(`create unique index "campaign_participations_one_active" on "campaign_participations" ("campaign_id", "organization_learner_id") where not "is_improved" and "deleted_at" is null;`);
    this.addSql(`create index "campaign_participations_user_id_index" on "campaign_participations" ("user_id", "created_at" desc);`);
    this.addSql(`create index "campaign_participations_organization_learner_id_index" on "campaign_participations" ("organization_learner_id");`);

    // The campaign test is an assessment of type CAMPAIGN over the campaign's skills, tied to its participation.
    this.addSql(`alter table "assessments" alter column "competence_id" drop not null;`);
    this.addSql(`alter table "assessments" add column "campaign_participation_id" int null;`);
    this.addSql(`alter table "assessments" add constraint "assessments_campaign_participation_id_foreign" foreign key ("campaign_participation_id") references "campaign_participations" ("id") on delete cascade;`);
    this.addSql(`alter table "assessments" drop constraint "assessments_type_check";`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION', 'CAMPAIGN'));`);
    this.addSql(`alter table "assessments" add constraint "assessments_target_by_type" check (("type" = 'COMPETENCE_EVALUATION' and "competence_id" is not null and "campaign_participation_id" is null) or ("type" = 'CAMPAIGN' and "competence_id" is null and "campaign_participation_id" is not null));`);
    this.addSql(`create unique index "assessments_one_per_participation" on "assessments" ("campaign_participation_id") where "campaign_participation_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "assessments" where "type" = 'CAMPAIGN';`);
    this.addSql(`drop index if exists "assessments_one_per_participation";`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_target_by_type";`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_type_check";`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION'));`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_campaign_participation_id_foreign";`);
    this.addSql(`alter table "assessments" drop column if exists "campaign_participation_id";`);
    this.addSql(`alter table "assessments" alter column "competence_id" set not null;`);
    this.addSql(`drop table if exists "campaign_participations" cascade;`);
    this.addSql(`drop index if exists "organization_learners_one_per_user";`);
  }
}
