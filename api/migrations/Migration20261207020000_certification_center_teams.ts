import { Migration } from '@mikro-orm/migrations';

/**
 * The teams of certification centres (rules in docs/domain.md, "Certification"): the same shape as
 * the organisations' `memberships` and `organization_invitations`, so that team's one implementation
 * (api/src/team, its `TeamStore` per kind of team) serves both.
 * - `certification_center_memberships`: a person's role (ADMIN, MEMBER) in a centre, once per centre;
 * - `certification_center_invitations`: single-use, expiring invitations by e-mail, with their sender.
 * Written by hand and reviewed.
 */
export class Migration20261207020000_certification_center_teams extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "certification_center_memberships" (
      "id" serial primary key,
      "certification_center_id" int not null references "certification_centers" ("id") on delete cascade,
      "user_id" int not null references "users" ("id") on delete cascade,
      "role" varchar(8) not null check ("role" in ('ADMIN', 'MEMBER')),
      "created_at" timestamptz not null default now(),
      constraint "certification_center_memberships_center_user_unique" unique ("certification_center_id", "user_id")
    );`);
    this.addSql(`create index "certification_center_memberships_user_id_index" on "certification_center_memberships" ("user_id");`);

    this.addSql(`create table "certification_center_invitations" (
      "id" serial primary key,
      "certification_center_id" int not null references "certification_centers" ("id") on delete cascade,
      "email" varchar(255) not null,
      "code" varchar(10) not null,
      "role" varchar(8) not null check ("role" in ('ADMIN', 'MEMBER')),
      "status" varchar(16) not null default 'PENDING' check ("status" in ('PENDING', 'ACCEPTED', 'CANCELLED')),
      "expires_at" timestamptz not null,
      "invited_by_user_id" int null references "users" ("id") on delete set null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      constraint "certification_center_invitations_code_unique" unique ("code")
    );`);
    this.addSql(`create index "certification_center_invitations_center_email_index" on "certification_center_invitations" ("certification_center_id", "email");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "certification_center_invitations";`);
    this.addSql(`drop table if exists "certification_center_memberships";`);
  }
}
