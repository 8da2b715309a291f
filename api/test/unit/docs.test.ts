// The project's own documentation names the modules that implement each rule: when a module moves
// or disappears, the page that points to it must change too.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
const pages = ['README.md', ...readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const TOP_FOLDERS = ['api', 'consoles', 'learner', 'e2e', 'schema', 'scripts', 'docs', '.ci'];

/** Paths written as code (`api/src/…`) in a page: every one that starts with a folder of the repository. */
function namedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const match of text.matchAll(/`([^`\s]+)`/g)) {
    const candidate = match[1].replace(/[),.;:]+$/, '');
    if (/[<*${]/.test(candidate)) continue;
    if (TOP_FOLDERS.some((folder) => candidate.startsWith(`${folder}/`))) paths.add(candidate);
  }
  return [...paths];
}

describe('documentation', () => {
  it.each(pages)('%s names only files and folders that exist', (page) => {
    const missing = namedPaths(readFileSync(path.join(root, page), 'utf8')).filter((p) => !existsSync(path.join(root, p)));
    expect(missing).toEqual([]);
  });

  it('docs/domain.md and docs/architecture.md exist and README points to both', () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    expect(existsSync(path.join(root, 'docs/domain.md'))).toBe(true);
    expect(readme).toContain('docs/domain.md');
    expect(readme).toContain('docs/architecture.md');
  });
});
