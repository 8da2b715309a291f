import { Migration } from '@mikro-orm/migrations';

/**
 * The certification's test (certification/evaluation):
 * - a CERTIFICATION assessment has neither competence nor campaign participation: the type check and
 *   the per-type target constraint are written again with the three types (idempotent with the
 *   foundation's migration, which does the same);
 * - the live list reads a session's courses and pending problem reports by index.
 * Written by hand and reviewed.
 */
export class Migration20261207030000_certification_test extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_type_check";`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION', 'CAMPAIGN', 'CERTIFICATION'));`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_competence_by_type";`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_target_by_type";`);
    this.addSql(`alter table "assessments" add constraint "assessments_target_by_type" check (
      ("type" = 'COMPETENCE_EVALUATION' and "competence_id" is not null and "campaign_participation_id" is null)
      or ("type" = 'CAMPAIGN' and "competence_id" is null and "campaign_participation_id" is not null)
      or ("type" = 'CERTIFICATION' and "competence_id" is null and "campaign_participation_id" is null));`);

    this.addSql(`create index if not exists "certification_problem_reports_pending_index" on "certification_problem_reports" ("certification_course_id") where "status" = 'PENDING';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "certification_problem_reports_pending_index";`);
    this.addSql(`delete from "assessments" where "type" = 'CERTIFICATION';`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_target_by_type";`);
    this.addSql(`alter table "assessments" add constraint "assessments_target_by_type" check (("type" = 'COMPETENCE_EVALUATION' and "competence_id" is not null and "campaign_participation_id" is null) or ("type" = 'CAMPAIGN' and "competence_id" is null and "campaign_participation_id" is not null));`);
    this.addSql(`alter table "assessments" drop constraint if exists "assessments_type_check";`);
    this.addSql(`alter table "assessments" add constraint "assessments_type_check" check ("type" in ('COMPETENCE_EVALUATION', 'CAMPAIGN'));`);
  }
}
