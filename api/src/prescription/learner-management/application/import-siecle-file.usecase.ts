import type { Readable } from 'node:stream';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { Logger } from '../../../shared/infrastructure/logger';
import type { Clock } from '../../../shared/domain/clock';
import { DomainError } from '../../../shared/domain/errors';
import { translate, type Locale } from '../../../shared/i18n/translate';
import { validateSiecleImport } from '../domain/siecle-pupil';
import { SiecleImportError } from '../domain/siecle-errors';
import { readSiecleFile } from '../infrastructure/siecle-file-reader';
import { replaceSchoolPupils } from '../infrastructure/organization-learner.repository';

export interface ImportJobRow {
  id: number;
  organizationId: number;
  state: 'PENDING' | 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  pupilsAdded: number | null;
  pupilsUpdated: number | null;
  pupilsLeft: number | null;
  errors: { code: string; message: string; line: number | null }[];
}

export const toImportJob = (r: any): ImportJobRow => ({
  id: r.id,
  organizationId: r.organization_id,
  state: r.state,
  progress: r.progress,
  pupilsAdded: r.pupils_added,
  pupilsUpdated: r.pupils_updated,
  pupilsLeft: r.pupils_left,
  errors: r.errors ?? [],
});

export async function createImportJob(em: EntityManager, organizationId: number, userId: number): Promise<ImportJobRow> {
  const [row] = await knexOf(em)('import_jobs').insert({ organization_id: organizationId, created_by: userId }).returning('*');
  return toImportJob(row);
}

export async function findImportJob(em: EntityManager, id: number): Promise<ImportJobRow | null> {
  const row = await knexOf(em)('import_jobs').where({ id }).first();
  return row ? toImportJob(row) : null;
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
 * Reads the file as a stream (progress reported on the job), checks it all, then writes every pupil
 * in one transaction: a refused file changes nothing, and the job says what to fix.
 */
export async function runSiecleImport(
  deps: { orm: MikroORM; clock: Clock; logger: Logger },
  job: { id: number; organizationId: number; organizationUai: string; locale: Locale },
  file: Readable | string,
  totalBytes?: number,
): Promise<ImportJobRow> {
  const em = deps.orm.em.fork();
  const update = (values: Record<string, unknown>) => knexOf(em)('import_jobs').where({ id: job.id }).update({ ...values, updated_at: deps.clock.now() });
  let lastProgress = 0;
  try {
    await update({ state: 'RUNNING', progress: 1 });
    const raw = await readSiecleFile(file, {
      onProgress: (bytes, total) => {
        const known = total ?? totalBytes;
        const progress = known ? Math.min(90, Math.floor((bytes / known) * 90)) : lastProgress;
        if (progress >= lastProgress + 10) {
          lastProgress = progress;
          void update({ progress }).catch(() => undefined);
        }
      },
    });
    const { pupils } = validateSiecleImport(raw, job.organizationUai);
    const counts = await em.transactional((tem) => replaceSchoolPupils(tem, job.organizationId, pupils, deps.clock.now()));
    await update({ state: 'DONE', progress: 100, pupils_added: counts.pupilsAdded, pupils_updated: counts.pupilsUpdated, pupils_left: counts.pupilsLeft });
  } catch (error) {
    if (!(error instanceof DomainError)) deps.logger.error({ err: error, jobId: job.id }, 'SIECLE import failed');
    await update({ state: 'FAILED', progress: 100, errors: JSON.stringify(problemsOf(error, job.locale)) });
  }
  return (await findImportJob(em, job.id))!;
}
