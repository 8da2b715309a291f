// The generated code committed in the repository must match its sources, or the front ends are typed
// against a schema the API no longer serves: schema/schema.graphql against the API's resolvers, and
// each front end's __generated__ folder against that schema and the queries in the front end's code.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printedSchema, SCHEMA_FILE } from '../../src/graphql/print-schema';

const ROOT = path.resolve(__dirname, '../../..');

function firstDifference(committed: string, expected: string): string {
  const a = committed.split('\n');
  const b = expected.split('\n');
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line < 0 ? a.length : line;
  return `first difference at line ${at + 1}:\n  committed: ${a[at] ?? '(end of file)'}\n  expected:  ${b[at] ?? '(end of file)'}`;
}

describe('the committed generated code', () => {
  it('schema/schema.graphql is the schema the API prints', async () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const expected = await printedSchema();
    if (committed !== expected) {
      throw new Error(
        `schema/schema.graphql is stale: run \`npm run build && npm run schema:print\`, then \`npm run codegen\`, and commit both.\n` +
          firstDifference(committed, expected),
      );
    }
  });

  it("each front end's __generated__ folder is what `npm run codegen` writes", async () => {
    // In a child process: graphql-codegen loads its presets with dynamic imports, which Jest's module sandbox does not run.
    const result = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(process.execPath, [path.join(ROOT, 'scripts/check-generated.mjs')], { cwd: ROOT }, (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
      });
    });
    if (result.code !== 0) throw new Error(result.output);
    expect(result.output).toContain('up to date');
  }, 180_000);
});
