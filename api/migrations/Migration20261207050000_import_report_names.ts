import { Migration } from '@mikro-orm/migrations';

/**
 * The SIECLE import report names the pupils it added and those who left (not only counts): the
 * first 200 of each, by class then name, kept with the import (`pupils_added` and `pupils_left`
 * still count them all). JSON arrays of { firstName, lastName, division }. Written by hand.
 */
export class Migration20261207050000_import_report_names extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "import_jobs" add column "added_pupils" jsonb null, add column "left_pupils" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_jobs" drop column "added_pupils", drop column "left_pupils";`);
  }
}
