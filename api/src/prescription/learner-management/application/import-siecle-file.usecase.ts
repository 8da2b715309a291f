import { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../../../shared/infrastructure/logger';
import type { Clock } from '../../../shared/domain/clock';
import { DomainError } from '../../../shared/domain/errors';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { processIdentity, type JobQueue, type JobRun, type QueueDefinition } from '../../../shared/infrastructure/jobs/job-queue';
import { validateSiecleImport } from '../domain/siecle-pupil';
import { SiecleImportError } from '../domain/siecle-errors';
import { readSiecleFile } from '../infrastructure/siecle-file-reader';
import { replaceSchoolPupils } from '../infrastructure/organization-learner.repository';
import {
  claimImportJob,
  endImportJob,
  holdImportRun,
  insertImportJob,
  lockOpenImportJob,
  readImportFile,
  reportImportProgress,
} from '../infrastructure/import-job.repository';
import type { ImportJobRow } from '../domain/learner';

/**
 * SIECLE imports run on any API process. 30 000 pupils take seconds: a run still going after a minute
 * is taken for dead (its process was killed) and the import is run again, by whichever process is free.
 */
export const SIECLE_IMPORT_QUEUE: QueueDefinition = { name: 'siecle-import', retryLimit: 5, retryDelaySeconds: 1, retryBackoff: false, expireInSeconds: 60 };

export interface SiecleImportJobData {
  importJobId: number;
  organizationId: number;
  organizationUai: string;
  locale: Locale;
}

/**
 * Records the import with the file as received and enqueues its run, in one transaction of `em`:
 * the console gets the import's id at once and polls it; no process keeps anything of it.
 */
export async function requestSiecleImport(
  em: EntityManager,
  jobs: JobQueue,
  request: { organizationId: number; organizationUai: string; userId: number; locale: Locale; file: Buffer },
): Promise<ImportJobRow> {
  const job = await em.transactional(async (tem) => {
    const row = await insertImportJob(tem, request.organizationId, request.userId, request.file);
    const data: SiecleImportJobData = { importJobId: row.id, organizationId: request.organizationId, organizationUai: request.organizationUai, locale: request.locale };
    await jobs.send(SIECLE_IMPORT_QUEUE.name, data, tem);
    return row;
  });
  jobs.wake(SIECLE_IMPORT_QUEUE.name);
  return job;
}

/** The stored file as the reader likes it: 64 KB views, no copy. */
function* slices(file: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < file.length; offset += 64 * 1024) yield file.subarray(offset, offset + 64 * 1024);
}

/** Problems of a refused file, translated for the console (each with its SIECLE code and the line when known). */
function problemsOf(error: unknown, locale: Locale): ImportJobRow['errors'] {
  if (error instanceof SiecleImportError) {
    return error.problems.map((p) => ({ code: p.code, message: translate(p.messageKey, p.params, locale), line: p.line ?? null }));
  }
  if (error instanceof DomainError) return [{ code: error.code, message: translate(error.messageKey, error.params, locale), line: null }];
  return [{ code: 'INTERNAL_SERVER_ERROR', message: translate('errors.internal', { requestId: '-' }, locale), line: null }];
}

/**
 * One run of an import (the job queue's handler), alone on it (see `holdImportRun`). Reads the stored file as a stream (progress
 * reported on the import), checks it all, then writes every pupil and ends the import in ONE
 * transaction that first locks the import: a run killed anywhere leaves the pupils as they were and
 * the import open, and the next run does it all again; a run that finds the import ended does
 * nothing. A refused file changes nothing, and the import says what to fix. An unexpected error
 * (database gone…) is retried by the queue; the last run ends the import as FAILED.
 */
export async function runSiecleImportJob(deps: { orm: MikroORM; clock: Clock; logger: Logger }, job: SiecleImportJobData, run: JobRun): Promise<void> {
  const release = await holdImportRun(deps.orm, job.importJobId);
  try {
    await runHeld(deps, job, run);
  } finally {
    await release();
  }
}

async function runHeld(deps: { orm: MikroORM; clock: Clock; logger: Logger }, job: SiecleImportJobData, run: JobRun): Promise<void> {
  const em = deps.orm.em.fork();
  const id = job.importJobId;
  if (!(await claimImportJob(em, id, processIdentity, deps.clock.now()))) return;
  const end = (values: Parameters<typeof endImportJob>[2]) =>
    em.transactional(async (tem) => {
      if (await lockOpenImportJob(tem, id)) await endImportJob(tem, id, values, deps.clock.now());
    });
  try {
    const file = await readImportFile(em, id);
    if (!file) throw new Error(`import ${id} has no file`);
    let lastProgress = 0;
    const raw = await readSiecleFile(Readable.from(slices(file)), {
      onProgress: (bytes, total) => {
        const progress = Math.min(90, Math.floor((bytes / (total ?? file.length)) * 90));
        if (progress >= lastProgress + 10) {
          lastProgress = progress;
          void reportImportProgress(em, id, progress, deps.clock.now()).catch(() => undefined);
        }
      },
    });
    const { pupils } = validateSiecleImport(raw, job.organizationUai);
    await em.transactional(async (tem) => {
      if (!(await lockOpenImportJob(tem, id))) return;
      const counts = await replaceSchoolPupils(tem, job.organizationId, pupils, deps.clock.now());
      await endImportJob(tem, id, { state: 'DONE', ...counts }, deps.clock.now());
    });
  } catch (error) {
    if (error instanceof DomainError) return end({ state: 'FAILED', errors: problemsOf(error, job.locale) });
    deps.logger.error({ err: error, importJobId: id, attempt: run.attempt }, 'SIECLE import failed');
    if (run.lastAttempt) return end({ state: 'FAILED', errors: problemsOf(error, job.locale) });
    throw error;
  }
}

/**
 * The queue gave up on an import (its last run died with its process, or failed): the import ends
 * FAILED with a message to send the file again, unless a run ended it meanwhile. Nothing of the
 * pupils changed (each run writes them in one transaction).
 */
export async function endAbandonedSiecleImport(deps: { orm: MikroORM; clock: Clock }, job: SiecleImportJobData): Promise<void> {
  const em = deps.orm.em.fork();
  await em.transactional(async (tem) => {
    if (!(await lockOpenImportJob(tem, job.importJobId))) return;
    const error = { code: 'IMPORT_INTERRUPTED', message: translate('errors.importInterrupted', {}, job.locale), line: null };
    await endImportJob(tem, job.importJobId, { state: 'FAILED', errors: [error] }, deps.clock.now());
  });
}
