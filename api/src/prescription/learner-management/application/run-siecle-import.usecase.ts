import { Readable } from 'node:stream';
import { DomainError } from '../../../shared/domain/errors';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { processIdentity, type JobRun } from '../../../shared/infrastructure/jobs/job-queue';
import { validateSiecleImport } from '../domain/siecle-pupil';
import { SiecleImportError } from '../domain/siecle-errors';
import { readSiecleFile } from '../infrastructure/siecle-file-reader';
import type { ImportJobRow } from '../domain/learner';
import type { LearnerRepositories, SiecleImportJobData, SiecleImportJobDependencies } from './dependencies';

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
 * One run of an import (the job queue's handler `runSiecleImportJob`), alone on it (`deps.holdRun`). Reads the stored file as a stream (progress
 * reported on the import), checks it all, then writes every pupil and ends the import in ONE
 * transaction that first locks the import: a run killed anywhere leaves the pupils as they were and
 * the import open, and the next run does it all again; a run that finds the import ended does
 * nothing. A refused file changes nothing, and the import says what to fix. An unexpected error
 * (database gone…) is retried by the queue; the last run ends the import as FAILED.
 */
export async function runSiecleImport(deps: SiecleImportJobDependencies, job: SiecleImportJobData, run: JobRun): Promise<void> {
  const release = await deps.holdRun(job.importJobId);
  try {
    await runHeld(deps, job, run);
  } finally {
    await release();
  }
}

async function runHeld(deps: SiecleImportJobDependencies, job: SiecleImportJobData, run: JobRun): Promise<void> {
  const repositories = deps.repositories();
  const id = job.importJobId;
  if (!(await repositories.importJobs.claim(id, processIdentity, deps.clock.now()))) return;
  const end = (values: Parameters<LearnerRepositories['importJobs']['end']>[1]) =>
    repositories.transaction(async (tx) => {
      if (await tx.importJobs.lockOpen(id)) await tx.importJobs.end(id, values, deps.clock.now());
    });
  try {
    const file = await repositories.importJobs.readFile(id);
    if (!file) throw new Error(`import ${id} has no file`);
    let lastProgress = 0;
    const raw = await readSiecleFile(Readable.from(slices(file)), {
      onProgress: (bytes, total) => {
        const progress = Math.min(90, Math.floor((bytes / (total ?? file.length)) * 90));
        if (progress >= lastProgress + 10) {
          lastProgress = progress;
          void repositories.importJobs.reportProgress(id, progress, deps.clock.now()).catch(() => undefined);
        }
      },
    });
    const { pupils } = validateSiecleImport(raw, job.organizationUai);
    await repositories.transaction(async (tx) => {
      if (!(await tx.importJobs.lockOpen(id))) return;
      const counts = await tx.learners.replaceSchoolPupils(job.organizationId, pupils, deps.clock.now());
      await tx.importJobs.end(id, { state: 'DONE', ...counts }, deps.clock.now());
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
export async function endAbandonedImport(deps: Pick<SiecleImportJobDependencies, 'clock' | 'repositories'>, job: SiecleImportJobData): Promise<void> {
  await deps.repositories().transaction(async (tx) => {
    if (!(await tx.importJobs.lockOpen(job.importJobId))) return;
    const error = { code: 'IMPORT_INTERRUPTED', message: translate('errors.importInterrupted', {}, job.locale), line: null };
    await tx.importJobs.end(job.importJobId, { state: 'FAILED', errors: [error] }, deps.clock.now());
  });
}
