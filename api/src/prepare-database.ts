/** Migrations + content release on DATABASE_URL, then exit (used by the test template and tools). */
import 'reflect-metadata';
import { openOrm } from './database';
import { createLogger } from './shared/infrastructure/logger';
import { prepareDatabase } from './platform';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const orm = await openOrm(url);
  try {
    await prepareDatabase(orm, createLogger(process.env.LOG_LEVEL ?? 'info'), process.env.CONTENT_DIR || undefined);
  } finally {
    await orm.close(true);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
