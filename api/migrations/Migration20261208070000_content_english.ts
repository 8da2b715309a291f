import { Migration } from '@mikro-orm/migrations';

/**
 * Content format v3 (issue 15): a challenge offered in English carries its proposals in English
 * (`proposals_en`, same order as `proposals`), and every tutorial an English title. The English labels,
 * drop-down options and files live inside the existing json columns (`fields`, `illustration`,
 * `attachment`, `embed`).
 */
export class Migration20261208070000_content_english extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "challenges" add column "proposals_en" jsonb null;`);
    this.addSql(`alter table "tutorials" add column "title_en" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "challenges" drop column "proposals_en";`);
    this.addSql(`alter table "tutorials" drop column "title_en";`);
  }
}
