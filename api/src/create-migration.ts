/**
 * Developer tool: diffs the entity schemas against a migrated database and writes a new migration
 * into api/migrations/ for review. Usage: DATABASE_URL=… npm run -w api migration:create -- <name>
 */
import 'reflect-metadata';
import { ensureDatabaseExists } from './shared/infrastructure/database/create-database';
import { migrate, openOrm } from './database';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Set DATABASE_URL to a scratch database.');
  await ensureDatabaseExists(url);
  const orm = await openOrm(url);
  try {
    await migrate(orm);
    const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[2]);
    console.log(result.fileName ? `Written ${result.fileName}` : 'No schema change.');
  } finally {
    await orm.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
