import { Migration } from '@mikro-orm/migrations';

/**
 * Background work runs through a durable queue (pg-boss, its own `pgboss` schema, installed by
 * pg-boss itself at start) so that any API process can take a job, and a job whose process died is
 * taken again. What a job needs must then be in PostgreSQL, not in the memory or the temporary files
 * of the process that got the request:
 * - `import_job_files`: the SIECLE file as uploaded (≤ 20 MB), tied to its import and deleted when the
 *   import ends (DONE or FAILED) — pupils' personal data is not kept longer than the import needs;
 * - `import_jobs.attempts` / `taken_by`: how many runs an import took and which process ran it last
 *   (host:pid), for the support team and the crash test;
 * - `outbox_emails.job_id`: the queue delivers an e-mail at least once; the outbox keeps one row per
 *   job, so a delivery retried after a crash does not list the e-mail twice.
 * Written by hand and reviewed.
 */
export class Migration20261206150000_durable_jobs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "import_job_files" ("import_job_id" int not null, "content" bytea not null, "byte_size" int not null, "created_at" timestamptz not null default now(), constraint "import_job_files_pkey" primary key ("import_job_id"));`);
    this.addSql(`alter table "import_job_files" add constraint "import_job_files_import_job_id_foreign" foreign key ("import_job_id") references "import_jobs" ("id") on delete cascade;`);
    this.addSql(`alter table "import_job_files" add constraint "import_job_files_size_check" check ("byte_size" between 0 and 20971520 and "byte_size" = octet_length("content"));`);
    // The file is read once by the job: no need to compress what is mostly a zip already.
    this.addSql(`alter table "import_job_files" alter column "content" set storage external;`);
    this.addSql(`alter table "import_jobs" add column "attempts" int not null default 0, add column "taken_by" varchar(255) null;`);
    this.addSql(`alter table "outbox_emails" add column "job_id" uuid null;`);
    this.addSql(`alter table "outbox_emails" add constraint "outbox_emails_job_id_unique" unique ("job_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_emails" drop constraint if exists "outbox_emails_job_id_unique";`);
    this.addSql(`alter table "outbox_emails" drop column if exists "job_id";`);
    this.addSql(`alter table "import_jobs" drop column if exists "attempts", drop column if exists "taken_by";`);
    this.addSql(`drop table if exists "import_job_files" cascade;`);
  }
}
