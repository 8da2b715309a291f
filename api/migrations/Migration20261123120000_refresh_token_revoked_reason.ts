import { Migration } from '@mikro-orm/migrations';

/** Tells a rotated refresh token (reusable for a few seconds by a second tab) from an ended session. */
export class Migration20261123120000_refresh_token_revoked_reason extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "refresh_tokens" add column "revoked_reason" varchar(16) null;`);
    this.addSql(`update "refresh_tokens" set "revoked_reason" = 'ended' where "revoked_at" is not null;`);
    this.addSql(
      `alter table "refresh_tokens" add constraint "refresh_tokens_revoked_reason_check" check ("revoked_reason" in ('rotated', 'ended') and "revoked_at" is not null or "revoked_reason" is null and "revoked_at" is null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "refresh_tokens" drop constraint "refresh_tokens_revoked_reason_check";`);
    this.addSql(`alter table "refresh_tokens" drop column "revoked_reason";`);
  }
}
