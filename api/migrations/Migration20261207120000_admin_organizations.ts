import { Migration } from '@mikro-orm/migrations';

/**
 * Pix Admin's organisations and certification centres (issue 16):
 * - organisations get their province code (department, e.g. "075" or "2A"), an external id (the
 *   partner's or the ministry's reference), who archived them and when they last changed;
 * - `tags` (AEFE, Agriculture, Public, Privé… seeded here) attached to organisations through
 *   `organization_tags`, used to filter the staff's list;
 * - the staff's lists read a page from an index in French order of names;
 * - a centre's UAI is unique among active centres only (an archived centre frees it, as an archived
 *   organisation does), and a centre remembers who archived it.
 * Written by hand and reviewed.
 */
export class Migration20261207120000_admin_organizations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organizations"
      add column "province_code" varchar(3) null,
      add column "external_id" varchar(255) null,
      add column "archived_by_user_id" int null references "users" ("id") on delete set null,
      add column "updated_at" timestamptz not null default now(),
      add constraint "organizations_province_code_format" check ("province_code" ~ '^([0-9]{2,3}|2[AB])$');`);
    this.addSql(`create index "organizations_name_index" on "organizations" ("name" collate "public"."fr_natural", "id");`);
    this.addSql(`create index "organizations_external_id_index" on "organizations" ("external_id") where "external_id" is not null;`);

    this.addSql(`create table "tags" (
      "id" serial primary key,
      "name" varchar(64) not null,
      "created_at" timestamptz not null default now(),
      constraint "tags_name_unique" unique ("name")
    );`);
    this.addSql(`insert into "tags" ("name") values ('AEFE'), ('Agriculture'), ('Public'), ('Privé'), ('MEDNUM'), ('POLE EMPLOI');`);
    this.addSql(`create table "organization_tags" (
      "organization_id" int not null references "organizations" ("id") on delete cascade,
      "tag_id" int not null references "tags" ("id") on delete cascade,
      primary key ("organization_id", "tag_id")
    );`);
    this.addSql(`create index "organization_tags_tag_id_index" on "organization_tags" ("tag_id", "organization_id");`);

    this.addSql(`drop index if exists "certification_centers_uai_unique";`);
    this.addSql(`create unique index "certification_centers_uai_unique" on "certification_centers" (upper("uai")) where "uai" is not null and "archived_at" is null;`);
    this.addSql(`alter table "certification_centers"
      add column "archived_by_user_id" int null references "users" ("id") on delete set null,
      add column "updated_at" timestamptz not null default now();`);
    this.addSql(`create index "certification_centers_name_index" on "certification_centers" ("name" collate "public"."fr_natural", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "certification_centers_name_index";`);
    this.addSql(`alter table "certification_centers" drop column "archived_by_user_id", drop column "updated_at";`);
    this.addSql(`drop index if exists "certification_centers_uai_unique";`);
    this.addSql(`create unique index "certification_centers_uai_unique" on "certification_centers" (upper("uai")) where "uai" is not null;`);
    this.addSql(`drop table if exists "organization_tags";`);
    this.addSql(`drop table if exists "tags";`);
    this.addSql(`drop index if exists "organizations_external_id_index";`);
    this.addSql(`drop index if exists "organizations_name_index";`);
    this.addSql(`alter table "organizations" drop constraint "organizations_province_code_format",
      drop column "province_code", drop column "external_id", drop column "archived_by_user_id", drop column "updated_at";`);
  }
}
