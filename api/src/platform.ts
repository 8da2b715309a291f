import 'reflect-metadata';
import type http from 'node:http';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DestinationStream } from 'pino';
import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './shared/infrastructure/logger';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './shared/infrastructure/database/embedded-postgres';
import { ensureDatabaseExists } from './shared/infrastructure/database/create-database';
import { migrate, openOrm } from './shared/infrastructure/database/orm';
import { readReleaseFiles, DEFAULT_CONTENT_ROOT } from './learning-content/infrastructure/release-files';
import { importRelease } from './learning-content/infrastructure/release-importer';
import { LearningContentCache } from './learning-content/infrastructure/learning-content.cache';
import { createMailer } from './shared/infrastructure/mail/mailer';
import { passwordHasher } from './identity-access-management/infrastructure/password-hasher';
import { TokenService } from './identity-access-management/infrastructure/token-service';
import { bootstrapAdministrator } from './identity-access-management/application/bootstrap-administrator.usecase';
import type { IamDependencies } from './identity-access-management/application/dependencies';
import { loadDemoData } from './shared/infrastructure/factories/demo-data';
import { createApiServer, type ApiServer } from './server';
import { systemClock, type Clock } from './shared/domain/clock';
import type { Services } from './graphql/services';

export interface Platform {
  url: string;
  config: Config;
  services: Services;
  logger: Logger;
  demoDataLoaded: boolean;
  /** The listening server (its address: which interface it is bound to). */
  httpServer: http.Server;
  stop(): Promise<void>;
}

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** Skip re-reading the release files (tests start from a template that has it). */
  skipContentImport?: boolean;
  /** Where logs go (stdout by default); tests read them to check that no secret leaks. */
  logDestination?: DestinationStream;
}

/** Migrations, content release and demo data: what the database needs before the API serves. */
export async function prepareDatabase(orm: MikroORM, logger: Logger, contentDir = DEFAULT_CONTENT_ROOT): Promise<void> {
  await migrate(orm);
  const release = readReleaseFiles(contentDir);
  const outcome = await importRelease(orm.em.fork(), release);
  logger.info({ version: outcome.version, imported: outcome.imported }, 'content release');
}

/** Starts the whole platform: database (URL or embedded) → migrations → content → demo data → HTTP. */
export async function startPlatform(options: StartOptions = {}): Promise<Platform> {
  const config = loadConfig(options.env ?? process.env);
  const clock = options.clock ?? systemClock;
  const logger = createLogger(config.logLevel, options.logDestination);
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(path.join(config.dataDir, 'postgres'), logger);
    databaseUrl = embedded.url;
    logger.info('embedded PostgreSQL started');
  }
  let orm: MikroORM | undefined;
  let server: ApiServer | undefined;
  let content: LearningContentCache | undefined;
  const stop = async () => {
    await server?.stop();
    content?.stop();
    await orm?.close(true);
    await embedded?.stop();
  };
  try {
    await ensureDatabaseExists(databaseUrl);
    orm = await openOrm(databaseUrl);
    if (options.skipContentImport) await migrate(orm);
    else await prepareDatabase(orm, logger, config.contentDir);
    content = new LearningContentCache(orm);
    await content.load();
    content.startRefreshing((error) => logger.error({ err: error }, 'content refresh failed'));

    const iam: IamDependencies = {
      clock,
      tokens: new TokenService(config.accessTokenSecret, config.accessTokenTtlSeconds),
      hasher: passwordHasher,
      mailer: createMailer(config.smtpUrl, config.mailFrom),
      publicUrl: config.publicUrl,
      refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
      passwordResetTtlSeconds: config.passwordResetTtlSeconds,
      throttle: config.throttle,
    };
    if (config.adminEmail && config.adminPassword) {
      const outcome = await bootstrapAdministrator(orm.em.fork(), iam, { email: config.adminEmail, password: config.adminPassword });
      logger.info({ email: config.adminEmail, outcome }, 'platform administrator');
    }
    let demoDataLoaded = false;
    if (config.loadDemoData) {
      const users = await orm.em.fork().getKnex()('users').count<{ count: string }[]>({ count: '*' });
      const onlyBootstrapAdmin = Number(users[0].count) <= (config.adminEmail ? 1 : 0);
      if (onlyBootstrapAdmin) {
        await loadDemoData(orm.em.fork(), content.get());
        demoDataLoaded = true;
        logger.info('demo data loaded');
      }
    }
    const services: Services = { config, orm, iam, content };
    server = await createApiServer(services, logger, clock);
    const url = await server.listen(config.port, config.host);
    return { url, config, services, logger, demoDataLoaded, httpServer: server.httpServer, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
