import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './schema';

/** The schema as committed in schema/schema.graphql (sorted, so diffs stay readable). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}

export const SCHEMA_FILE = path.resolve(__dirname, __filename.endsWith('.js') ? '../../../../schema/schema.graphql' : '../../../schema/schema.graphql');

if (require.main === module) {
  printedSchema()
    .then((text) => {
      writeFileSync(SCHEMA_FILE, text);
      console.log(`Schema written to ${SCHEMA_FILE}`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
