import 'reflect-metadata';
import type http from 'node:http';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { DestinationStream } from 'pino';
import { loadConfig, type Config } from './config';
import { createLogger, type Logger } from './shared/infrastructure/logger';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './shared/infrastructure/database/embedded-postgres';
import { ensureDatabaseExists } from './shared/infrastructure/database/create-database';
import { migrate, openOrm } from './database';
import { readReleaseFiles, DEFAULT_CONTENT_ROOT } from './learning-content/infrastructure/release-files';
import { importRelease } from './learning-content/infrastructure/release-importer';
import { LearningContentCache } from './learning-content/infrastructure/learning-content.cache';
import { createMailer, startMailDelivery } from './shared/infrastructure/mail/mailer';
import { JobQueue } from './shared/infrastructure/jobs/job-queue';
import { withStartupLock } from './shared/infrastructure/database/startup-lock';
import {
  CHALLENGE_STATISTICS_QUEUE,
  refreshChallengeStatistics,
  type ChallengeStatisticsJobData,
} from './evaluation/application/challenge-statistics.usecase';
import { endAbandonedSiecleImport, runSiecleImportJob, SIECLE_IMPORT_QUEUE, type SiecleImportJobData } from './prescription/learner-management/application/import-siecle-file.usecase';
import { passwordHasher } from './identity-access-management/infrastructure/password-hasher';
import { TokenService } from './identity-access-management/infrastructure/token-service';
import { SessionVersions } from './identity-access-management/infrastructure/session-versions';
import { bootstrapAdministrator } from './identity-access-management/application/bootstrap-administrator.usecase';
import { iamRepositories } from './identity-access-management/application/iam-repositories';
import type { IamDependencies } from './identity-access-management/application/dependencies';
import { loadDemoData } from './seeds/demo-data';
import { createApiServer, type ApiServer } from './server';
import { systemClock, type Clock } from './shared/domain/clock';
import type { Services } from './graphql/services';
import { campaignTestSql } from './prescription/campaign-participation';
import { archiveCampaignsOfOrganization } from './prescription/campaign';
import { createCertificationTests, InvigilatorTokens, type CertificationDependencies } from './certification/evaluation';
import { scoreFinalizedSession, type ResultsDependencies } from './certification/results';
import { createEventBus, type EventBus } from './shared/infrastructure/events';
import { sweepThrottleCounters, THROTTLE_SWEEP_CRON, THROTTLE_SWEEP_QUEUE } from './shared/infrastructure/throttle/throttle-counters-sweep';
import { randomInt } from 'node:crypto';
import { ClientTokenService, GarIdpSessions, GarPendingTokens, GarServiceProvider } from './integration';
import { createCredentialDependencies } from './certification/results';

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

/**
 * Migrations, the job queue's schema and the content release: what the database needs before the API
 * serves. Processes started together do it one at a time (advisory lock): the first does the work.
 */
export async function prepareDatabase(orm: MikroORM, logger: Logger, contentDir = DEFAULT_CONTENT_ROOT): Promise<void> {
  await withStartupLock(orm, async () => {
    await migrate(orm);
    await JobQueue.install(orm.config.get('clientUrl')!);
    const release = readReleaseFiles(contentDir);
    const outcome = await importRelease(orm.em.fork(), release);
    logger.info({ version: outcome.version, imported: outcome.imported }, 'content release');
  });
}

/** Starts the whole platform: database (URL or embedded) → migrations → content → demo data → HTTP. */
export async function startPlatform(options: StartOptions = {}): Promise<Platform> {
  const config = loadConfig(options.env ?? process.env);
  const clock = options.clock ?? systemClock;
  const logger = createLogger(config.logLevel, options.logDestination);
  /** The job queue's and the listening connections' log (quiet once the platform stops). */
  const background = logger.child({});
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
  let jobs: JobQueue | undefined;
  let sessions: SessionVersions | undefined;
  let events: EventBus | undefined;
  const stop = async () => {
    // A Ctrl-C reaches the embedded PostgreSQL too (same process group), which ends every connection at
    // once: what the background connections say about it from now on is expected, not an error.
    background.level = logger.isLevelEnabled('debug') ? logger.level : 'fatal';
    await server?.stop();
    await events?.stop();
    // Runs in progress get 10 s to end; what is cut is taken again by another process.
    await jobs?.stop();
    content?.stop();
    await sessions?.stop();
    await orm?.close(true);
    await embedded?.stop();
  };
  try {
    await ensureDatabaseExists(databaseUrl);
    orm = await openOrm(databaseUrl);
    if (options.skipContentImport) await withStartupLock(orm, () => migrate(orm!));
    else await prepareDatabase(orm, logger, config.contentDir);
    // Background work: any process enqueues, every process (unless JOB_WORKER=false) takes jobs.
    jobs = await JobQueue.start(databaseUrl, config.jobs, background);
    await startMailDelivery(jobs, orm, config.smtpUrl, config.mailFrom);
    const jobDeps = { orm, clock, logger };
    await jobs.define<SiecleImportJobData>(
      SIECLE_IMPORT_QUEUE,
      (data, run) => runSiecleImportJob(jobDeps, data, run),
      (data) => endAbandonedSiecleImport(jobDeps, data),
    );
    await jobs.define(THROTTLE_SWEEP_QUEUE, async () => {
      await sweepThrottleCounters(jobDeps);
    });
    await jobs.every(THROTTLE_SWEEP_QUEUE.name, THROTTLE_SWEEP_CRON, {});
    content = new LearningContentCache(orm);
    await content.load();
    content.startRefreshing((error) => background.error({ err: error }, 'content refresh failed'));
    const statisticsContent = content;
    const statisticsDeps = { ...jobDeps, content: () => statisticsContent.get() };
    await jobs.define<ChallengeStatisticsJobData>(CHALLENGE_STATISTICS_QUEUE, async (data) => {
      await refreshChallengeStatistics(statisticsDeps, data);
    });
    if (config.challengeStatisticsCron === 'off') await jobs.unschedule(CHALLENGE_STATISTICS_QUEUE.name);
    else await jobs.every<ChallengeStatisticsJobData>(CHALLENGE_STATISTICS_QUEUE.name, config.challengeStatisticsCron, {});

    const sessionOrm = orm;
    sessions = new SessionVersions({
      connectionString: databaseUrl,
      read: async (userId) => {
        const [row] = await sessionOrm.em.getConnection().execute('select session_version from users where id = ?', [userId]);
        return row ? Number(row.session_version) : null;
      },
      onError: (error) => background.warn({ err: error }, 'session versions: listening connection lost, reading them per request until it is back'),
    });
    await sessions.start();
    const iam: IamDependencies = {
      clock,
      tokens: new TokenService(config.accessTokenSecret, config.accessTokenTtlSeconds),
      sessions,
      hasher: passwordHasher,
      mailer: createMailer(jobs),
      publicUrl: config.publicUrl,
      refreshTokenTtlSeconds: config.refreshTokenTtlSeconds,
      passwordResetTtlSeconds: config.passwordResetTtlSeconds,
      throttle: config.throttle,
    };
    if (config.adminEmail && config.adminPassword) {
      const outcome = await bootstrapAdministrator(iamRepositories(orm.em.fork(), iam), iam, { email: config.adminEmail, password: config.adminPassword });
      logger.info({ email: config.adminEmail, outcome }, 'platform administrator');
    }
    let demoDataLoaded = false;
    if (config.loadDemoData) {
      const ready = { orm, content };
      // Two processes started together on an empty database: only the first loads the demo.
      demoDataLoaded = await withStartupLock(orm, async () => {
        const users = await ready.orm.em.fork().getKnex()('users').count<{ count: string }[]>({ count: '*' });
        const onlyBootstrapAdmin = Number(users[0].count) <= (config.adminEmail ? 1 : 0);
        if (!onlyBootstrapAdmin) return false;
        await loadDemoData(ready.orm.em.fork(), ready.content.get());
        logger.info('demo data loaded');
        return true;
      });
    }
    const gar = config.gar.idpMetadata
      ? {
          serviceProvider: new GarServiceProvider({ idpMetadata: config.gar.idpMetadata, spEntityId: config.gar.spEntityId, acsUrl: `${config.publicUrl}/saml/acs`, sloCallbackUrl: `${config.publicUrl}/saml/slo`, clockSkewSeconds: config.gar.clockSkewSeconds }),
          pendingTokens: new GarPendingTokens(config.accessTokenSecret),
          idpSessions: new GarIdpSessions(config.accessTokenSecret, config.refreshTokenTtlSeconds),
          iam,
          throttle: config.throttle,
        }
      : null;
    const integration = { clock, tokens: new ClientTokenService(config.accessTokenSecret, config.integrators.tokenTtlSeconds), throttle: config.throttle, gar };
    events = createEventBus({
      databaseUrl,
      redisUrl: config.redisUrl ?? null,
      onError: (error) => background.warn({ err: error }, 'live events: connection lost, reconnecting'),
    });
    await events.start();
    const liveContent = content;
    const results: ResultsDependencies = { clock, content: () => liveContent.get(), mailer: iam.mailer, publicUrl: config.publicUrl, randomInt: (max) => randomInt(max) };
    const certification: CertificationDependencies = {
      clock,
      content: () => liveContent.get(),
      throttle: config.throttle,
      tokens: new InvigilatorTokens(config.accessTokenSecret),
      events,
      pick: (n) => randomInt(n),
      onError: (error) => logger.warn({ err: error }, 'live event not published'),
      scoreSession: (em, request) => scoreFinalizedSession(em, results, request),
    };
    const services: Services = {
      config,
      orm,
      iam,
      content,
      jobs,
      campaignTests: campaignTestSql,
      organizationArchival: { archiveCampaignsOf: archiveCampaignsOfOrganization },
      events,
      certification,
      certificationTests: createCertificationTests(certification),
      results,
      integration,
      credentials: createCredentialDependencies({ signingKey: config.credentialSigningKey, previousPublicKeys: config.credentialPreviousPublicKeys, publicUrl: config.publicUrl, clock }),
    };
    server = await createApiServer(services, logger, clock);
    const url = await server.listen(config.port, config.host);
    return { url, config, services, logger, demoDataLoaded, httpServer: server.httpServer, stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
