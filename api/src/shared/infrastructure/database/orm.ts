import path from 'node:path';
import type { AsyncLocalStorage } from 'node:async_hooks';
import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { requestScope } from '../request-scope';

/**
 * Counts SQL statements per request, for logs, tests and benchmarks: the request's scope itself (one
 * AsyncLocalStorage per request rather than two; each costs on every promise of the request).
 */
export const sqlStatementScope: AsyncLocalStorage<{ statements: number }> = requestScope;

/** The api/ folder, from the sources (ts-jest) or from dist/ (node). */
export const compiled = __filename.endsWith('.js');
export const apiRoot = path.resolve(__dirname, compiled ? '../../../../..' : '../../../..');

/** `entities`: every context's entity schemas, assembled by the composition root (api/src/database.ts). */
export function ormOptions(clientUrl: string, entities: Options['entities'], overrides: Partial<Options> = {}): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    debug: false,
    pool: { min: 0, max: Number(process.env.DATABASE_POOL_MAX ?? 20) },
    extensions: [Migrator],
    migrations: {
      // MikroORM prefers pathTs whenever it believes TypeScript runs (it does under jest's workers):
      // point both at the folder that matches how this file runs.
      path: compiled ? path.join(apiRoot, 'dist', 'migrations') : path.join(apiRoot, 'migrations'),
      pathTs: compiled ? path.join(apiRoot, 'dist', 'migrations') : path.join(apiRoot, 'migrations'),
      glob: compiled ? '!(*.d).js' : '!(*.d).ts',
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
      emit: 'ts',
    },
    ...overrides,
  };
}

export async function openOrmWith(entities: Options['entities'], clientUrl: string, overrides: Partial<Options> = {}): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, entities, overrides));
  const knex = orm.em.getConnection().getKnex();
  knex.on('query', () => {
    const scope = sqlStatementScope.getStore();
    if (scope) scope.statements += 1;
  });
  return orm;
}

export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
}
