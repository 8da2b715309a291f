import { Migration } from '@mikro-orm/migrations';

/**
 * Staff act on a school's data only through named operations, each recorded here in the same
 * transaction as the change: who (actor), what (action, target), when, the target before and after,
 * and why (comment). Pix Admin and certification jury actions will write here too.
 * The log is append-only (a trigger refuses updates and deletes) and has no foreign keys: it must
 * outlive what it describes, so that a deleted organisation or account can still be investigated.
 * Invitations now remember who sent them: nobody accepts an invitation they sent themself.
 * Written by hand and reviewed.
 */
export class Migration20261206120000_audit_log_and_invitation_sender extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "occurred_at" timestamptz not null, "actor_user_id" int not null, "action" varchar(64) not null, "target_type" varchar(32) not null, "target_id" varchar(64) not null, "organization_id" int null, "before" jsonb null, "after" jsonb null, "comment" text null);`);
    this.addSql(`alter table "audit_log" add constraint "audit_log_comment_length_check" check (char_length("comment") <= 2000);`);
    // The admin console shows an organisation's log newest first, page by page; an actor's log the same way.
    this.addSql(`create index "audit_log_organization_index" on "audit_log" ("organization_id", "occurred_at" desc, "id" desc) where "organization_id" is not null;`);
    this.addSql(`create index "audit_log_actor_index" on "audit_log" ("actor_user_id", "occurred_at" desc, "id" desc);`);
    this.addSql(`create function "audit_log_append_only"() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only: % refused', tg_op; end; $$;`);
    this.addSql(`create trigger "audit_log_append_only" before update or delete on "audit_log" for each row execute function "audit_log_append_only"();`);

    this.addSql(`alter table "organization_invitations" add column "invited_by_user_id" int null;`);
    this.addSql(`alter table "organization_invitations" add constraint "organization_invitations_invited_by_user_id_foreign" foreign key ("invited_by_user_id") references "users" ("id") on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization_invitations" drop column if exists "invited_by_user_id";`);
    this.addSql(`drop table if exists "audit_log" cascade;`);
    this.addSql(`drop function if exists "audit_log_append_only"();`);
  }
}
