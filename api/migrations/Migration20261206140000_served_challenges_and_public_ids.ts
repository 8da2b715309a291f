import { Migration } from '@mikro-orm/migrations';

/**
 * Two fixes of the security issue (10):
 * - The server's own clock for timed challenges: the moment the current challenge of a test was first
 *   sent to its learner (null until then). Tests in progress take the moment their challenge was set,
 *   the best the server knew before.
 * - Opaque challenge ids for the API: the readable ids of the content files (`rechercheWeb3-a`) name
 *   the skill and its level. Each challenge gets a random public id at its first import, kept across
 *   releases (the importer never writes it); answers and tests keep referring to the readable id.
 */
export class Migration20261206140000_served_challenges_and_public_ids extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "assessments" add column "current_challenge_served_at" timestamptz null;`);
    this.addSql(`update "assessments" set "current_challenge_served_at" = "updated_at" where "current_challenge_id" is not null;`);
    // A volatile default: every existing row gets its own value, and so does every challenge a release adds.
    this.addSql(`alter table "challenges" add column "public_id" varchar(32) not null default ('rec' || substr(md5(gen_random_uuid()::text), 1, 14));`);
    this.addSql(`alter table "challenges" add constraint "challenges_public_id_unique" unique ("public_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "challenges" drop column "public_id";`);
    this.addSql(`alter table "assessments" drop column "current_challenge_served_at";`);
  }
}
