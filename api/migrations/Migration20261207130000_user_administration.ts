import { Migration } from '@mikro-orm/migrations';

/**
 * Pix Admin's users and audit log (issue 16):
 * - `users.anonymized_at` / `anonymized_by_user_id`: an account anonymised at its owner's request
 *   (GDPR): its personal data are replaced, its results stay (docs/domain.md, "Anonymisation").
 * - an account keeps an e-mail or a username, unless it was anonymised (it then has no way in), and
 *   an anonymised account gets no new session: a log-in that checked the password just before the
 *   anonymisation cannot store its refresh token after it (trigger refresh_tokens_of_active_accounts).
 * - the support team's search of accounts (words of a name, e-mail or username, French-insensitive)
 *   compares `users.searched_text`, the account's names, e-mail and username through `search_text()`,
 *   kept by the database (a stored generated column: no path forgets it, and a search does not run
 *   unaccent on every candidate row), read from a trigram index (`pg_trgm`, a trusted contrib
 *   extension shipped with PostgreSQL) instead of every account
 *   (api/src/identity-access-management/infrastructure/user-search.repository.ts). Adding the column
 *   rewrites `users` once.
 * - a user's page lists their certification courses: an index by account.
 * - the audit log is read by target (a user's history), and newest first across every target.
 * Written by hand and reviewed.
 */
export class Migration20261207130000_user_administration extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "anonymized_at" timestamptz null, add column "anonymized_by_user_id" int null references "users" ("id") on delete set null;`);
    this.addSql(`alter table "users" drop constraint "users_email_or_username";`);
    this.addSql(`alter table "users" add constraint "users_email_or_username" check ("email" is not null or "username" is not null or "anonymized_at" is not null);`);
    this.addSql(`create function "refresh_tokens_of_active_accounts"() returns trigger language plpgsql as $$
begin
  if exists (select 1 from "users" where "id" = new."user_id" and "anonymized_at" is not null) then
    raise exception 'account % is anonymized: no new session', new."user_id";
  end if;
  return new;
end $$;`);
    this.addSql(`create trigger "refresh_tokens_of_active_accounts" before insert on "refresh_tokens" for each row execute function "refresh_tokens_of_active_accounts"();`);
    this.addSql(`create extension if not exists "pg_trgm" with schema "public";`);
    this.addSql(`alter table "users" add column "searched_text" text generated always as (public.search_text("first_name" || ' ' || "last_name" || ' ' || coalesce("email", '') || ' ' || coalesce("username", ''))) stored;`);
    this.addSql(`create index "users_searched_text_trgm_index" on "users" using gin ("searched_text" public.gin_trgm_ops);`);
    this.addSql(`create index "certification_courses_user_index" on "certification_courses" ("user_id");`);
    this.addSql(`create index "audit_log_target_index" on "audit_log" ("target_type", "target_id", "occurred_at" desc, "id" desc);`);
    this.addSql(`create index "audit_log_occurred_at_index" on "audit_log" ("occurred_at" desc, "id" desc);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "refresh_tokens_of_active_accounts" on "refresh_tokens";`);
    this.addSql(`drop function if exists "refresh_tokens_of_active_accounts"();`);
    this.addSql(`drop index if exists "audit_log_occurred_at_index";`);
    this.addSql(`drop index if exists "audit_log_target_index";`);
    this.addSql(`drop index if exists "certification_courses_user_index";`);
    this.addSql(`drop index if exists "users_searched_text_trgm_index";`);
    this.addSql(`alter table "users" drop column "searched_text";`);
    this.addSql(`alter table "users" drop constraint "users_email_or_username";`);
    this.addSql(`alter table "users" drop column "anonymized_by_user_id", drop column "anonymized_at";`);
    this.addSql(`alter table "users" add constraint "users_email_or_username" check ("email" is not null or "username" is not null);`);
  }
}
