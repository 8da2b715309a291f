import { Migration } from '@mikro-orm/migrations';

/**
 * Ending sessions and password tokens, whatever the path that changes a password or a role.
 *
 * - `users.session_version`: every access token carries the version of the account's sessions when
 *   it was issued; a request whose token is older is refused. Log-out raises it (application code);
 *   a new password hash or a new platform role raises it here, in the database, so that every path
 *   (reset link, change of a temporary password, a school's generation or reset, a staff operation
 *   written later) ends the 15-minute access tokens at once.
 * - A new password hash also ends, in the same statement, every password token (reset links, forms
 *   after a temporary password) and every refresh token of the account.
 * - Each change of version is announced to every API node (`NOTIFY session_version, '<id>:<version>'`,
 *   delivered at commit; `'<id>:gone'` when the account is deleted): nodes keep the versions in memory
 *   and read nothing per request.
 * - `password_reset_tokens.purpose`: a reset link resets a forgotten password, a form token replaces a
 *   temporary password; neither is accepted for the other. Pending tokens of before this migration
 *   cannot be told apart: they are ended (a learner asks for a new link, a pupil logs in again).
 * Written by hand and reviewed.
 */
export class Migration20261206110000_session_versions_and_token_purposes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "session_version" int not null default 0;`);

    this.addSql(`alter table "password_reset_tokens" add column "purpose" varchar(32) null;`);
    this.addSql(`update "password_reset_tokens" set "purpose" = 'PASSWORD_RESET', "used_at" = coalesce("used_at", now());`);
    this.addSql(`alter table "password_reset_tokens" alter column "purpose" set not null;`);
    this.addSql(
      `alter table "password_reset_tokens" add constraint "password_reset_tokens_purpose_check" check ("purpose" in ('PASSWORD_RESET', 'TEMPORARY_PASSWORD_CHANGE'));`,
    );

    this.addSql(`create function "users_credentials_changed"() returns trigger language plpgsql as $$
begin
  if new."password_hash" is distinct from old."password_hash" then
    new."session_version" := greatest(new."session_version", old."session_version" + 1);
    update "password_reset_tokens" set "used_at" = now() where "user_id" = new."id" and "used_at" is null;
    update "refresh_tokens" set "revoked_at" = now(), "revoked_reason" = 'ended'
      where "user_id" = new."id" and ("revoked_at" is null or "revoked_reason" = 'rotated');
  elsif new."platform_role" is distinct from old."platform_role" then
    new."session_version" := greatest(new."session_version", old."session_version" + 1);
  end if;
  return new;
end $$;`);
    this.addSql(
      `create trigger "users_credentials_changed" before update of "password_hash", "platform_role" on "users" for each row execute function "users_credentials_changed"();`,
    );

    this.addSql(`create function "users_session_version_notify"() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    perform pg_notify('session_version', old."id" || ':gone');
  else
    perform pg_notify('session_version', new."id" || ':' || new."session_version");
  end if;
  return null;
end $$;`);
    this.addSql(
      `create trigger "users_session_version_changed" after update on "users" for each row when (new."session_version" is distinct from old."session_version") execute function "users_session_version_notify"();`,
    );
    this.addSql(`create trigger "users_deleted" after delete on "users" for each row execute function "users_session_version_notify"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "users_deleted" on "users";`);
    this.addSql(`drop trigger if exists "users_session_version_changed" on "users";`);
    this.addSql(`drop function if exists "users_session_version_notify"();`);
    this.addSql(`drop trigger if exists "users_credentials_changed" on "users";`);
    this.addSql(`drop function if exists "users_credentials_changed"();`);
    this.addSql(`alter table "password_reset_tokens" drop constraint "password_reset_tokens_purpose_check";`);
    this.addSql(`alter table "password_reset_tokens" drop column "purpose";`);
    this.addSql(`alter table "users" drop column "session_version";`);
  }
}
