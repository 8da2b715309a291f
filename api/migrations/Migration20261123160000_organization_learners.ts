import { Migration } from '@mikro-orm/migrations';

/** Pupils of schools (SIECLE) and the import jobs that bring them. Written from the entity schemas and reviewed. */
export class Migration20261123160000_organization_learners extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "organization_learners" ("id" serial primary key, "organization_id" int not null, "user_id" int null, "national_student_id" varchar(16) null, "first_name" varchar(255) not null, "middle_name" varchar(255) null, "third_name" varchar(255) null, "last_name" varchar(255) not null, "preferred_last_name" varchar(255) null, "sex" varchar(1) null, "birthdate" date null, "birth_country_code" varchar(8) null, "birth_city_code" varchar(8) null, "birth_city" varchar(255) null, "birth_province_code" varchar(8) null, "division" varchar(64) null, "mef_code" varchar(16) null, "status" varchar(8) null, "is_disabled" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "organization_learners" add constraint "organization_learners_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on delete cascade;`);
    this.addSql(`alter table "organization_learners" add constraint "organization_learners_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete set null;`);
    // A re-import updates pupils by INE: one pupil per INE and school.
    this.addSql(`alter table "organization_learners" add constraint "organization_learners_ine_unique" unique ("organization_id", "national_student_id");`);
    this.addSql(`alter table "organization_learners" add constraint "organization_learners_sex_check" check ("sex" in ('M', 'F'));`);
    this.addSql(`create index "organization_learners_list_index" on "organization_learners" ("organization_id", "is_disabled", "division", "last_name", "first_name");`);
    this.addSql(`create index "organization_learners_user_id_index" on "organization_learners" ("user_id");`);

    this.addSql(`create table "import_jobs" ("id" serial primary key, "organization_id" int not null, "created_by" int not null, "state" varchar(16) not null default 'PENDING', "progress" int not null default 0, "pupils_added" int null, "pupils_updated" int null, "pupils_left" int null, "errors" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "import_jobs" add constraint "import_jobs_organization_id_foreign" foreign key ("organization_id") references "organizations" ("id") on delete cascade;`);
    this.addSql(`alter table "import_jobs" add constraint "import_jobs_created_by_foreign" foreign key ("created_by") references "users" ("id");`);
    this.addSql(`alter table "import_jobs" add constraint "import_jobs_state_check" check ("state" in ('PENDING', 'RUNNING', 'DONE', 'FAILED'));`);
    this.addSql(`alter table "import_jobs" add constraint "import_jobs_progress_check" check ("progress" between 0 and 100);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_jobs" cascade;`);
    this.addSql(`drop table if exists "organization_learners" cascade;`);
  }
}
