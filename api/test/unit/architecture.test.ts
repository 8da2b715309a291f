import path from 'node:path';
import { execFileSync } from 'node:child_process';

/**
 * The dependency rule of docs/architecture.md, checked on every `npm test`. The rules live in
 * .dependency-cruiser.cjs (dependency-cruiser is ESM-only, so it runs in its own node process);
 * the cycle between contexts is computed here from the same import graph, context by context.
 */
const repositoryRoot = path.resolve(__dirname, '../../..');

interface CruisedDependency {
  resolved: string;
  coreModule: boolean;
  couldNotResolve: boolean;
}
interface CruisedModule {
  source: string;
  dependencies: CruisedDependency[];
}
interface Violation {
  rule: { name: string };
  from: string;
  to: string;
  cycle?: { name: string }[];
}
interface CruiseResult {
  modules: CruisedModule[];
  summary: { violations: Violation[]; error: number };
}

function cruise(): CruiseResult {
  const output = execFileSync(
    process.execPath,
    [
      path.join(repositoryRoot, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      '--config',
      '.dependency-cruiser.cjs',
      '--output-type',
      'json',
      'api/src',
    ],
    { cwd: repositoryRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(output) as CruiseResult;
}

/** The context a file belongs to (e.g. `evaluation`, `prescription/campaign`), or null (shared, graphql, root). */
function contextOf(file: string): string | null {
  const match = /^api\/src\/((?:prescription|certification)\/[^/]+|[^/]+)\//.exec(file);
  if (!match) return null;
  return ['shared', 'graphql', 'seeds'].includes(match[1]) ? null : match[1];
}

/** One example import per pair of contexts, then the strongly connected contexts (Tarjan). */
function cyclesBetweenContexts(modules: CruisedModule[]): string[] {
  const edges = new Map<string, Map<string, string>>();
  for (const module of modules) {
    const from = contextOf(module.source);
    if (!from) continue;
    for (const dependency of module.dependencies) {
      const to = contextOf(dependency.resolved);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const targets = edges.get(from)!;
      if (!targets.has(to)) targets.set(to, `${module.source} → ${dependency.resolved}`);
    }
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) components.push(component);
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return components.flatMap((component) =>
    component.flatMap((from) =>
      component
        .filter((to) => edges.get(from)?.has(to))
        .map((to) => `no-cycle-between-contexts: ${from} → ${to} (${edges.get(from)!.get(to)})`),
    ),
  );
}

describe('Architecture: the dependency rule (docs/architecture.md)', () => {
  let result: CruiseResult;

  beforeAll(() => {
    result = cruise();
  }, 60_000);

  it('sees the whole API (the rule would pass vacuously on an empty graph)', () => {
    const sources = result.modules.map((module) => module.source);
    expect(sources).toContain('api/src/platform.ts');
    expect(sources.filter((source) => source.startsWith('api/src/evaluation/')).length).toBeGreaterThan(10);
  });

  it('every import follows the layers and goes through the public surfaces', () => {
    const violations = result.summary.violations.map(
      (violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`,
    );
    expect(violations).toEqual([]);
  });

  it('no two contexts import each other, even through other files', () => {
    expect(cyclesBetweenContexts(result.modules)).toEqual([]);
  });
});
