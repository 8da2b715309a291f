import type { MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/domain/clock';
import type { Locale } from '../../../shared/i18n/translate';
import type { JobQueue, JobRun, QueueDefinition } from '../../../shared/infrastructure/jobs/job-queue';
import type { Logger } from '../../../shared/infrastructure/logger';
import type { ImportJobRow } from '../domain/learner';
import { holdImportRun } from '../infrastructure/import-job.repository';
import { createLearnerRepositories } from '../infrastructure/learner-repositories';
import type { LearnerRepositories, SiecleImportJobData } from './dependencies';
import { endAbandonedImport, runSiecleImport } from './run-siecle-import.usecase';

export type { SiecleImportJobData };

/**
 * SIECLE imports run on any API process. 30 000 pupils take seconds: a run still going after a minute
 * is taken for dead (its process was killed) and the import is run again, by whichever process is free.
 */
export const SIECLE_IMPORT_QUEUE: QueueDefinition = { name: 'siecle-import', retryLimit: 5, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 };

/**
 * Records the import with the file as received and enqueues its run, in one transaction:
 * the console gets the import's id at once and polls it; no process keeps anything of it.
 */
export async function requestSiecleImport(
  repositories: Pick<LearnerRepositories, 'transaction'>,
  jobs: Pick<JobQueue, 'wake'>,
  request: { organizationId: number; organizationUai: string; userId: number; locale: Locale; file: Buffer },
): Promise<ImportJobRow> {
  const job = await repositories.transaction(async (tx) => {
    const row = await tx.importJobs.insert(request.organizationId, request.userId, request.file);
    const data: SiecleImportJobData = { importJobId: row.id, organizationId: request.organizationId, organizationUai: request.organizationUai, locale: request.locale };
    await tx.jobs.send(SIECLE_IMPORT_QUEUE.name, data);
    return row;
  });
  jobs.wake(SIECLE_IMPORT_QUEUE.name);
  return job;
}

/** A run enqueues no job: its repositories have no queue. */
const noJobs: Pick<JobQueue, 'send'> = { send: () => Promise.reject(new Error('a SIECLE run enqueues no job')) };

/**
 * The queue's handlers (platform.ts), as a resolver for a request: each run gets its repositories on an
 * entity manager forked for it, its hold on a connection of its own. The runs themselves are
 * `run-siecle-import.usecase.ts`'s.
 */
const runRepositories = (orm: MikroORM) => () => createLearnerRepositories(orm.em.fork(), noJobs);

/** One run of an import (the job queue's handler): see `runSiecleImport`. */
export function runSiecleImportJob(deps: { orm: MikroORM; clock: Clock; logger: Logger }, job: SiecleImportJobData, run: JobRun): Promise<void> {
  const { orm, clock, logger } = deps;
  return runSiecleImport({ clock, logger, repositories: runRepositories(orm), holdRun: (importJobId) => holdImportRun(orm, importJobId) }, job, run);
}

/** The queue gave up on an import (its dead-letter handler): see `endAbandonedImport`. */
export function endAbandonedSiecleImport(deps: { orm: MikroORM; clock: Clock }, job: SiecleImportJobData): Promise<void> {
  return endAbandonedImport({ clock: deps.clock, repositories: runRepositories(deps.orm) }, job);
}
