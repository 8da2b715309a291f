import { Migration } from '@mikro-orm/migrations';

/**
 * Search and sort in French, in PostgreSQL (pages stay server-side, one statement per page as before):
 * - `unaccent` (a trusted contrib extension, shipped with Debian's PostgreSQL and with the embedded
 *   PostgreSQL of the tests; its rules turn œ/æ into oe/ae);
 * - `fr_natural`: an ICU collation for ORDER BY of names and classes — accents and case sorted as a
 *   French reader expects (ÉTIENNE between EMMA and FANNY, not after TRAORÉ) and numbers by value
 *   ("6e2" before "6e10");
 * - `search_text(text)`: what a search compares, with case, accents and the ligatures œ/æ removed.
 *   IMMUTABLE (unaccent itself is only STABLE, it reads its dictionary) with every reference
 *   schema-qualified, so that an expression index may use it whatever the search_path.
 * - the pupils' list index now follows the French order (as the byte-order one did before), and the
 *   support team's list of accounts gets one: a page is read from the index, not sorted from the table.
 *   Searches (`like '%…%'`) stay scoped by organisation or campaign: no trigram index.
 * The SQL fragments that use them are built in one place: api/src/shared/infrastructure/database/french-text.ts.
 * Written by hand and reviewed.
 */
export class Migration20261206170000_french_search_and_sort extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists "unaccent" with schema "public";`);
    this.addSql(`create collation if not exists "public"."fr_natural" (provider = icu, locale = 'fr-FR-u-kn-true');`);
    this.addSql(`create or replace function "public"."search_text"(value text) returns text
      language sql immutable strict parallel safe
      as $$ select lower("public"."unaccent"('"public"."unaccent"'::regdictionary, value) collate "public"."fr_natural") $$;`);
    this.addSql(`drop index if exists "organization_learners_list_index";`);
    this.addSql(`create index "organization_learners_list_index" on "organization_learners" ("organization_id", "is_disabled", "division" collate "public"."fr_natural", "last_name" collate "public"."fr_natural", "first_name" collate "public"."fr_natural");`);
    this.addSql(`create index "users_name_index" on "users" ("last_name" collate "public"."fr_natural", "first_name" collate "public"."fr_natural", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "users_name_index";`);
    this.addSql(`drop index if exists "organization_learners_list_index";`);
    this.addSql(`create index "organization_learners_list_index" on "organization_learners" ("organization_id", "is_disabled", "division", "last_name", "first_name");`);
    this.addSql(`drop function if exists "public"."search_text"(text);`);
    this.addSql(`drop collation if exists "public"."fr_natural";`);
    this.addSql(`drop extension if exists "unaccent";`);
  }
}
