/**
 * The architecture of the API, as rules on imports (docs/architecture.md explains them).
 * `npm test` runs them (api/test/unit/architecture.test.ts); to see the violations by hand:
 *   node node_modules/dependency-cruiser/bin/dependency-cruise.mjs --config .dependency-cruiser.cjs api/src
 *
 * A context is a folder of api/src (identity-access-management, evaluation, …) or a folder of a
 * family of contexts (prescription/campaign, certification/session, …); `shared/` and `graphql/`
 * are not contexts. The pattern covers contexts added later without touching this file.
 */

/** Captures the context's folder (e.g. `evaluation` or `prescription/campaign`) as $1. */
const CONTEXT = '((?:prescription|certification)/[^/]+|(?!shared/|graphql/|seeds/|prescription/|certification/)[^/]+)';
/** Any context's folder, not capturing. */
const ANY_CONTEXT = '(?:(?:prescription|certification)/[^/]+|(?!shared/|graphql/|seeds/|prescription/|certification/)[^/]+)';
const SRC = '^api/src/';
/** platform.ts, server.ts, main.ts, the database's entity list and the scripts: they assemble everything. */
const COMPOSITION_ROOT = `${SRC}[^/]+\\.ts$`;
/** Demo data and the database builder of the tests: above the contexts, they call their use cases. */
const SEEDS = `${SRC}seeds/`;
const FRAMEWORKS = 'node_modules/(@mikro-orm|type-graphql|graphql|graphql-[^/]+|@apollo|express|dataloader|knex|pg|argon2|nodemailer|pino)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-imports-only-domain',
      comment:
        'A domain is pure rules: it imports only its own domain and shared/domain (not even another context\'s surface: ' +
        'what several domains share lives in shared/domain, or a domain states the narrow type it needs and the application maps); ' +
        'never a use case, a repository, a GraphQL type, the schema assembly, the seeds or the composition root.',
      severity: 'error',
      from: { path: `${SRC}${CONTEXT}/domain/` },
      to: { path: SRC, pathNot: [`${SRC}$1/domain/`, `${SRC}shared/domain/`] },
    },
    {
      name: 'shared-domain-imports-only-shared-domain',
      comment: 'shared/domain is the ground floor of every domain: it imports nothing else of the application.',
      severity: 'error',
      from: { path: `${SRC}shared/domain/` },
      to: { path: SRC, pathNot: `${SRC}shared/domain/` },
    },
    {
      name: 'domain-imports-no-framework',
      comment: 'A domain knows no ORM, no GraphQL, no HTTP, no database driver.',
      severity: 'error',
      from: { path: [`${SRC}${ANY_CONTEXT}/domain/`, `${SRC}shared/domain/`] },
      to: { path: FRAMEWORKS },
    },
    {
      name: 'infrastructure-not-up-the-layers',
      comment: 'Infrastructure (repositories, loaders, files) never imports application (use cases) or graphql/http.',
      severity: 'error',
      from: { path: `${SRC}${CONTEXT}/infrastructure/` },
      to: { path: [`${SRC}$1/(application|graphql|http)/`, `${SRC}graphql/`] },
    },
    {
      name: 'application-not-graphql',
      comment: 'A use case does not know how it is called: no GraphQL type, no HTTP route.',
      severity: 'error',
      from: { path: `${SRC}${CONTEXT}/application/` },
      to: { path: [`${SRC}$1/(graphql|http)/`, `${SRC}graphql/`] },
    },
    {
      name: 'resolvers-read-no-repository',
      comment:
        'Resolvers, mappers and HTTP routes call use cases: no file of a graphql/ or http/ folder (nor the schema assembly) ' +
        'imports a repository file, not even for a type (the types a resolver maps live in the domain).',
      severity: 'error',
      from: { path: [`${SRC}${ANY_CONTEXT}/(graphql|http)/`, `${SRC}graphql/`] },
      to: { path: `${SRC}.*infrastructure/.*repository[^/]*\\.ts$` },
    },
    {
      name: 'surface-offers-no-repository',
      comment:
        'A public surface (index.ts) offers use cases, domain types and loaders: no repository (another context reads and writes ' +
        'through the functions of its application layer, so the repository stays free to change).',
      severity: 'error',
      from: { path: `${SRC}${ANY_CONTEXT}/index\\.ts$` },
      to: { path: `${SRC}.*infrastructure/.*repository[^/]*\\.ts$` },
    },
    {
      name: 'surface-offers-no-graphql',
      comment:
        'A public surface (index.ts) offers no GraphQL type, mapper or resolver: a field that joins two contexts\' types is ' +
        'declared in the schema assembly (api/src/graphql/joins), so that no context imports another\'s GraphQL types.',
      severity: 'error',
      from: { path: `${SRC}${CONTEXT}/index\\.ts$` },
      to: { path: `${SRC}$1/(graphql|http)/` },
    },
    {
      name: 'other-context-only-through-its-index',
      comment: 'A context uses another one only through its public surface, its index.ts.',
      severity: 'error',
      from: { path: `${SRC}${CONTEXT}/` },
      to: { path: `${SRC}${ANY_CONTEXT}/`, pathNot: [`${SRC}$1/`, `${SRC}${ANY_CONTEXT}/index\\.ts$`] },
    },
    {
      name: 'no-import-cycle-across-contexts',
      comment:
        'No loop of runtime imports passes through another context (a loop through index.ts files leaves a class undefined at load). ' +
        'The cycle between contexts, type imports included, is checked context by context in api/test/unit/architecture.test.ts.',
      severity: 'error',
      from: { path: `${SRC}${CONTEXT}/` },
      to: {
        circular: true,
        via: { path: `${SRC}${ANY_CONTEXT}/`, pathNot: `${SRC}$1/` },
        viaOnly: { dependencyTypesNot: ['type-only'] },
      },
    },
    {
      name: 'shared-imports-no-context',
      comment: 'shared/ is the ground floor: it imports no context, no schema assembly, no composition root.',
      severity: 'error',
      from: { path: `${SRC}shared/` },
      to: { path: SRC, pathNot: `${SRC}shared/` },
    },
    {
      name: 'schema-assembly-through-graphql-or-index',
      comment: 'api/src/graphql assembles the schema: it imports contexts\' graphql folders or their index.ts.',
      severity: 'error',
      from: { path: `${SRC}graphql/` },
      to: { path: `${SRC}${ANY_CONTEXT}/`, pathNot: `${SRC}${ANY_CONTEXT}/(graphql/|index\\.ts$)` },
    },
    {
      name: 'nothing-imports-the-composition-root',
      comment: 'The files at the root of api/src assemble everything (config.ts excepted, a leaf); nothing below imports them.',
      severity: 'error',
      from: { path: SRC, pathNot: [COMPOSITION_ROOT, SEEDS] },
      to: { path: COMPOSITION_ROOT, pathNot: `${SRC}config\\.ts$` },
    },
    {
      name: 'nothing-imports-the-seeds',
      comment: 'Demo data and the database builder sit above the contexts: only the composition root and the tests use them.',
      severity: 'error',
      from: { path: SRC, pathNot: [COMPOSITION_ROOT, SEEDS] },
      to: { path: SEEDS },
    },
  ],
  options: {
    includeOnly: '^api/src/|node_modules/',
    exclude: { path: '\\.d\\.ts$' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: require('node:path').join(__dirname, 'api/tsconfig.build.json') },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
