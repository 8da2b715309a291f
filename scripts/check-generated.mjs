// Checks that each front end's committed `__generated__` folder is exactly what `npm run codegen`
// writes from the committed schema (schema/schema.graphql) and the GraphQL documents of the sources.
// Generates in memory (nothing is written) and compares, file by file, including leftover files.
// Run: node scripts/check-generated.mjs   (exit code 1 and the stale files when something differs;
// the test api/test/unit/generated-code.test.ts runs it as part of `npm test`).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The relative paths of the generated files that differ from, are missing from, or are extra to the generation. */
export async function staleGeneratedFiles() {
  const loaded = await loadCodegenConfig({ configFilePath: path.join(root, 'codegen.yml') });
  const outputs = await generate({ ...loaded.config, cwd: root, silent: true, verbose: false, errorsOnly: true }, false);
  const expected = new Map(outputs.map((output) => [path.resolve(root, output.filename), output.content]));
  const stale = [];
  for (const [file, content] of expected) {
    if (!existsSync(file)) stale.push(`${path.relative(root, file)} (missing)`);
    else if (readFileSync(file, 'utf8') !== content) stale.push(`${path.relative(root, file)} (differs)`);
  }
  for (const folder of Object.keys(loaded.config.generates)) {
    for (const file of filesUnder(path.resolve(root, folder))) {
      if (!expected.has(file)) stale.push(`${path.relative(root, file)} (not generated any more)`);
    }
  }
  return stale;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const stale = await staleGeneratedFiles();
  if (stale.length) {
    console.error(`Generated GraphQL code is stale:\n${stale.map((file) => `  - ${file}`).join('\n')}\nRun \`npm run codegen\` and commit the result.`);
    process.exit(1);
  }
  console.log('Generated GraphQL code is up to date.');
}
