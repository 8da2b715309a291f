import { Migration } from '@mikro-orm/migrations';

/** Challenges may show an illustration and offer a file to download (files of the content release). */
export class Migration20261123140000_challenge_assets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "challenges" add column "illustration" jsonb null, add column "attachment" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "challenges" drop column "illustration", drop column "attachment";`);
  }
}
