import { Migration } from '@mikro-orm/migrations';

/** Organisations, their members, and invitations (Orga console). Written from the entity schemas and reviewed. */
export class Migration20261123150000_organizations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organizations" ("id" serial primary key, "name" varchar(255) not null, "type" varchar(8) not null, "uai" varchar(8) null, "email" varchar(255) null, "is_managing_students" boolean not null default false, "archived_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "organizations" add constraint "organizations_type_check" check ("type" in ('SCO', 'SUP', 'PRO'));`);
    this.addSql(`alter table "organizations" add constraint "organizations_uai_format" check ("uai" ~ '^[0-9]{7}[A-Z]$');`);
    this.addSql(`alter table "organizations" add constraint "organizations_email_lower_case" check ("email" = lower("email"));`);
    // One active organisation per UAI: activation by UAI must find exactly one.
    this.addSql(`create unique index "organizations_uai_unique" on "organizations" ("uai") where "archived_at" is null;`);

    this.addSql(`create table "memberships" ("id" serial primary key, "organization_id" int not null, "user_id" int not null, "role" varchar(8) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_organization_user_unique" unique ("organization_id", "user_id");`);
    this.addSql(`alter table "memberships" add constraint "memberships_role_check" check ("role" in ('ADMIN', 'MEMBER'));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);

    this.addSql(`create table "organization_invitations" ("id" serial primary key, "organization_id" int not null, "email" varchar(255) not null, "code" varchar(10) not null, "role" varchar(8) not null, "status" varchar(16) not null default 'PENDING', "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on delete cascade;`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_code_unique" unique ("code");`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_status_check" check ("status" in ('PENDING', 'ACCEPTED', 'CANCELLED'));`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_role_check" check ("role" in ('ADMIN', 'MEMBER'));`);
    this.addSql(`create index "organization_invitations_organization_id_email_index" on "organization_invitations" ("organization_id", "email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "organization_invitations" cascade;`);
    this.addSql(`drop table if exists "memberships" cascade;`);
    this.addSql(`drop table if exists "organizations" cascade;`);
  }
}
