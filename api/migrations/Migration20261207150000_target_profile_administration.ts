import { Migration } from '@mikro-orm/migrations';

/**
 * Pix Admin's target profiles (issue 16):
 * - `target_profiles.comment` (the content team's internal note) and `image_url`;
 * - `target_profile_shares`: a private parcours offered by the content team to organisations other
 *   than its owner (an organisation may use the public parcours, its own and those shared with it);
 * - a private parcours may have no owner: the content team builds it, then attaches it to the
 *   organisations that may use it (the check "public or owned" is dropped).
 * Written by hand and reviewed.
 */
export class Migration20261207150000_target_profile_administration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "target_profiles" add column "comment" text null, add column "image_url" varchar(500) null;`);
    this.addSql(`create table "target_profile_shares" ("target_profile_id" int not null, "organization_id" int not null, "created_at" timestamptz not null default now(), constraint "target_profile_shares_pkey" primary key ("target_profile_id", "organization_id"));`);
    this.addSql(`alter table "target_profile_shares" add constraint "target_profile_shares_target_profile_id_foreign" foreign key ("target_profile_id") references "target_profiles" ("id") on delete cascade;`);
    this.addSql(`alter table "target_profile_shares" add constraint "target_profile_shares_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id");`);
    this.addSql(`create index "target_profile_shares_organization_id_index" on "target_profile_shares" ("organization_id");`);
    this.addSql(`alter table "target_profiles" drop constraint "target_profiles_public_or_owned";`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "target_profiles" set "is_public" = true where not "is_public" and "owner_organization_id" is null;`);
    this.addSql(`alter table "target_profiles" add constraint "target_profiles_public_or_owned" check ("is_public" or "owner_organization_id" is not null);`);
    this.addSql(`drop table if exists "target_profile_shares" cascade;`);
    this.addSql(`alter table "target_profiles" drop column if exists "comment", drop column if exists "image_url";`);
  }
}
