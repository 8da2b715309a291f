import { Migration } from '@mikro-orm/migrations';

/**
 * "Résultats collectifs" as a read model: the validated skills of each competence of a shared
 * participation, one narrow row each, written in the sharing transaction (the snapshot stays the
 * export's source). Summing 2 000 participants × 16 competences of these rows avoids reading and
 * unpacking 2 000 jsonb snapshots. It holds the sharings that count only (an improved or deleted
 * participation takes its rows along), so the sum reads one index range without a join. Rows of
 * participations shared before this migration are filled from their snapshots. Written by hand and reviewed.
 */
export class Migration20261123200000_campaign_results_read_model extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "campaign_participation_competences" ("campaign_participation_id" int not null, "competence_id" varchar(32) not null, "campaign_id" int not null, "validated_skills_count" int not null, constraint "campaign_participation_competences_pkey" primary key ("campaign_participation_id", "competence_id"));`);
    // Rows go with their participation; the campaign id is copied so that the sum reads one index range.
    this.addSql(`alter table "campaign_participation_competences" add constraint "campaign_participation_competences_participation_foreign" foreign key ("campaign_participation_id") references "campaign_participations" ("id") on delete cascade;`);
    this.addSql(`alter table "campaign_participation_competences" add constraint "campaign_participation_competences_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id");`);
    this.addSql(`alter table "campaign_participation_competences" add constraint "campaign_participation_competences_count_check" check ("validated_skills_count" >= 0);`);
    this.addSql(`create index "campaign_participation_competences_campaign_index" on "campaign_participation_competences" ("campaign_id", "competence_id") include ("validated_skills_count");`);
    this.addSql(`insert into "campaign_participation_competences" ("campaign_participation_id", "competence_id", "campaign_id", "validated_skills_count")
      select p."id", c->>'competenceId', p."campaign_id", (c->>'validatedSkillsCount')::int
      from "campaign_participations" p, jsonb_array_elements(p."knowledge_snapshot"->'competences') c
      where p."status" = 'SHARED' and not p."is_improved" and p."deleted_at" is null;`);
    // The Orga lists of a campaign: its participations newest first, and the "Activité" counts.
    this.addSql(`create index "campaign_participations_campaign_list_index" on "campaign_participations" ("campaign_id", "created_at" desc, "id" desc) where not "is_improved" and "deleted_at" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "campaign_participations_campaign_list_index";`);
    this.addSql(`drop table if exists "campaign_participation_competences" cascade;`);
  }
}
