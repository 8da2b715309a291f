import { readFileSync } from 'node:fs';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';

const GENERATED = { learner: 'learner/src/__generated__/graphql.ts' } as const;

/**
 * The text of an operation exactly as a front end sends it: its generated document (graphql-codegen
 * writes each one, with its fragments, as `export const <Name>Document = {…} as unknown as DocumentNode`),
 * printed. Tests that count what a screen costs send these, never a hand-written copy.
 */
export function appDocument(app: keyof typeof GENERATED, name: string): string {
  const source = readFileSync(path.resolve(__dirname, '../../..', GENERATED[app]), 'utf8');
  const start = source.indexOf(`export const ${name}Document = `);
  if (start < 0) throw new Error(`${name}Document not found in ${GENERATED[app]}`);
  const json = source.slice(source.indexOf('{', start), source.indexOf(' as unknown as DocumentNode', start));
  return print(JSON.parse(json) as DocumentNode);
}
