import { Migration } from '@mikro-orm/migrations';

/** Target profiles (parcours) with their tubes, campaigns and the skills they copied. Written from the entity schemas and reviewed. */
export class Migration20261123180000_campaigns extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "target_profiles" ("id" serial primary key, "name" varchar(255) not null, "category" varchar(16) not null, "description" text null, "is_public" boolean not null default false, "owner_organization_id" int null, "created_at" timestamptz not null default now());`);
    // An organisation that owns parcours is archived, never deleted.
    this.addSql(`alter table "target_profiles" add constraint "target_profiles_owner_organization_id_foreign" foreign key ("owner_organization_id") references "organizations" ("id");`);
    this.addSql(`alter table "target_profiles" add constraint "target_profiles_category_check" check ("category" in ('COMPETENCES', 'DISCIPLINE', 'THEMATIC', 'PREDEFINED', 'CUSTOM', 'OTHER'));`);
    // A private parcours nobody owns could be offered to no one.
    this.addSql(`alter table "target_profiles" add constraint "target_profiles_public_or_owned" check ("is_public" or "owner_organization_id" is not null);`);
    this.addSql(`create index "target_profiles_owner_organization_id_index" on "target_profiles" ("owner_organization_id");`);

    this.addSql(`create table "target_profile_tubes" ("target_profile_id" int not null, "tube_id" varchar(64) not null, "level" smallint not null, constraint "target_profile_tubes_pkey" primary key ("target_profile_id", "tube_id"));`);
    this.addSql(`alter table "target_profile_tubes" add constraint "target_profile_tubes_target_profile_id_foreign" foreign key ("target_profile_id") references "target_profiles" ("id") on delete cascade;`);
    // Tubes that leave the content release are kept (marked obsolete), so this never blocks an import.
    this.addSql(`alter table "target_profile_tubes" add constraint "target_profile_tubes_tube_id_foreign" foreign key ("tube_id") references "tubes" ("id");`);
    this.addSql(`alter table "target_profile_tubes" add constraint "target_profile_tubes_level_check" check ("level" between 1 and 8);`);

    this.addSql(`create table "campaigns" ("id" serial primary key, "organization_id" int not null, "creator_id" int not null, "name" varchar(255) not null, "type" varchar(24) not null, "target_profile_id" int null, "multiple_sendings" boolean not null default false, "id_pix_label" varchar(255) null, "id_pix_type" varchar(8) null, "custom_landing_page_text" text null, "code" varchar(9) not null, "archived_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_code_unique" unique ("code");`);
    // Campaigns hold results: their organisation, creator and parcours cannot vanish under them.
    this.addSql(`alter table "campaigns" add constraint "campaigns_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id");`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_creator_id_foreign" foreign key ("creator_id") references "users" ("id");`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_target_profile_id_foreign" foreign key ("target_profile_id") references "target_profiles" ("id");`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_type_check" check ("type" in ('ASSESSMENT', 'PROFILES_COLLECTION'));`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_id_pix_type_check" check ("id_pix_type" in ('TEXT', 'EMAIL'));`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_code_format" check ("code" ~ '^[ABCDEFGHJKMNPQRSTUVWXYZ]{6}[2-9]{3}$');`);
    // domain.md §6: an assessment has a parcours, a profiles collection none; only a collection is sent several times.
    this.addSql(`alter table "campaigns" add constraint "campaigns_target_profile_by_type" check (("type" = 'ASSESSMENT') = ("target_profile_id" is not null));`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_multiple_sendings_by_type" check ("type" = 'PROFILES_COLLECTION' or not "multiple_sendings");`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_id_pix_label_with_type" check (("id_pix_label" is null) = ("id_pix_type" is null));`);
    this.addSql(`alter table "campaigns" add constraint "campaigns_landing_text_length" check (char_length("custom_landing_page_text") <= 5000);`);
    // The list of an organisation's campaigns, newest first.
    this.addSql(`create index "campaigns_organization_list_index" on "campaigns" ("organization_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "campaigns_creator_id_index" on "campaigns" ("creator_id");`);
    this.addSql(`create index "campaigns_target_profile_id_index" on "campaigns" ("target_profile_id");`);

    this.addSql(`create table "campaign_skills" ("campaign_id" int not null, "skill_id" varchar(64) not null, constraint "campaign_skills_pkey" primary key ("campaign_id", "skill_id"));`);
    this.addSql(`alter table "campaign_skills" add constraint "campaign_skills_campaign_id_foreign" foreign key ("campaign_id") references "campaigns" ("id") on delete cascade;`);
    this.addSql(`alter table "campaign_skills" add constraint "campaign_skills_skill_id_foreign" foreign key ("skill_id") references "skills" ("id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_skills" cascade;`);
    this.addSql(`drop table if exists "campaigns" cascade;`);
    this.addSql(`drop table if exists "target_profile_tubes" cascade;`);
    this.addSql(`drop table if exists "target_profiles" cascade;`);
  }
}
