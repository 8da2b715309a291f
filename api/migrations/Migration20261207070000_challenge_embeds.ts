import { Migration } from '@mikro-orm/migrations';

/**
 * Content release 2 (issue 15): a challenge may embed a simulator, a self-contained page of the release
 * shown in a sandboxed frame (`{ file, title, titleEn, height }`), null for the others.
 */
export class Migration20261207070000_challenge_embeds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "challenges" add column "embed" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "challenges" drop column "embed";`);
  }
}
