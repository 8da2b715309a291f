import { Migration } from '@mikro-orm/migrations';

/**
 * Integrators (docs/integrators.md):
 * - `api_clients`: the school-record software and ENT publishers allowed to read with the OAuth 2.0
 *   client-credentials grant: their scopes, the UAIs they may read (null: every school), the SHA-256
 *   of their high-entropy secret (shown once), its version (a rotation ends the tokens of the old
 *   one), their revocation;
 * - `api_client_calls`: the audit of each client's calls, one counter per day and the last call;
 * - `gar_identities`: the GAR login method of an account (the pupil's stable opaque id, IDO);
 * - `saml_assertions`: the ids of the assertions already used, kept until they expire (replay).
 * Written by hand and reviewed.
 */
export class Migration20261207060000_integrators extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_clients" (
      "id" serial primary key,
      "client_id" varchar(64) not null,
      "name" varchar(255) not null,
      "contact" varchar(255) not null default '',
      "scopes" text[] not null,
      "uais" text[] null,
      "secret_hash" char(64) not null,
      "secret_version" int not null default 1,
      "rate_limit_per_minute" int not null default 600 check ("rate_limit_per_minute" > 0),
      "created_by_user_id" int null references "users" ("id") on delete set null,
      "created_at" timestamptz not null default now(),
      "rotated_at" timestamptz null,
      "revoked_at" timestamptz null,
      constraint "api_clients_client_id_unique" unique ("client_id")
    );`);
    this.addSql(`create table "api_client_calls" (
      "api_client_id" int not null references "api_clients" ("id") on delete cascade,
      "day" date not null,
      "calls" int not null default 0,
      "last_call_at" timestamptz not null,
      primary key ("api_client_id", "day")
    );`);
    this.addSql(`create table "gar_identities" (
      "user_id" int not null references "users" ("id") on delete cascade,
      "ido" varchar(255) not null,
      "created_at" timestamptz not null default now(),
      "last_login_at" timestamptz null,
      constraint "gar_identities_user_unique" unique ("user_id"),
      constraint "gar_identities_ido_unique" unique ("ido")
    );`);
    this.addSql(`create table "saml_assertions" (
      "id" varchar(255) primary key,
      "expires_at" timestamptz not null
    );`);
    this.addSql(`create index "saml_assertions_expires_index" on "saml_assertions" ("expires_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saml_assertions";`);
    this.addSql(`drop table if exists "gar_identities";`);
    this.addSql(`drop table if exists "api_client_calls";`);
    this.addSql(`drop table if exists "api_clients";`);
  }
}
