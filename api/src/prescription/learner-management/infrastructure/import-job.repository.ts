import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { knexOf } from '../../../shared/infrastructure/database/knex-of';
import type { ImportedPupil, ImportJobRow, ImportJobState } from '../domain/learner';

/** An import that no run has ended yet (a run may have died in it). */
const OPEN_STATES: ImportJobState[] = ['PENDING', 'RUNNING'];

export const toImportJob = (r: any): ImportJobRow => ({
  id: r.id,
  organizationId: r.organization_id,
  state: r.state,
  progress: r.progress,
  pupilsAdded: r.pupils_added,
  pupilsUpdated: r.pupils_updated,
  pupilsLeft: r.pupils_left,
  addedPupils: r.added_pupils ?? [],
  leftPupils: r.left_pupils ?? [],
  errors: r.errors ?? [],
});

/** The import and the file as uploaded, in the caller's transaction: any process can then run it. */
export async function insertImportJob(em: EntityManager, organizationId: number, userId: number, file: Buffer): Promise<ImportJobRow> {
  const [row] = await knexOf(em)('import_jobs').insert({ organization_id: organizationId, created_by: userId }).returning('*');
  await knexOf(em)('import_job_files').insert({ import_job_id: row.id, content: file, byte_size: file.length });
  return toImportJob(row);
}

export async function findImportJob(em: EntityManager, id: number): Promise<ImportJobRow | null> {
  const row = await knexOf(em)('import_jobs').where({ id }).first();
  return row ? toImportJob(row) : null;
}

/** First key of the advisory locks "a run of import N is alive" (the second is N). */
const RUN_LOCK_NAMESPACE = 7410;

interface PgConnection {
  query(text: string, values: unknown[]): Promise<unknown>;
}

/**
 * Waits until no other live run works on the import, then holds it for this run: a session advisory
 * lock on a connection kept for the run. PostgreSQL drops it with the connection when the process
 * dies, so the queue's retry of a killed run starts at once, while the retry of a run taken for dead
 * but alive (slower than the queue's expiry) waits for it and then finds the import ended.
 */
export async function holdImportRun(orm: MikroORM, id: number): Promise<() => Promise<void>> {
  const client = orm.em.getKnex().client;
  const connection = (await client.acquireConnection()) as PgConnection;
  try {
    await connection.query('select pg_advisory_lock($1, $2)', [RUN_LOCK_NAMESPACE, id]);
  } catch (error) {
    await client.releaseConnection(connection);
    throw error;
  }
  return async () => {
    try {
      await connection.query('select pg_advisory_unlock($1, $2)', [RUN_LOCK_NAMESPACE, id]);
    } finally {
      await client.releaseConnection(connection);
    }
  };
}

/** A run takes the import unless another run ended it; false: nothing left to do. */
export async function claimImportJob(em: EntityManager, id: number, takenBy: string, now: Date): Promise<boolean> {
  const claimed = await knexOf(em)('import_jobs')
    .where({ id })
    .whereIn('state', OPEN_STATES)
    .update({ state: 'RUNNING', progress: 1, attempts: knexOf(em).raw('attempts + 1'), taken_by: takenBy, updated_at: now });
  return claimed === 1;
}

export async function readImportFile(em: EntityManager, id: number): Promise<Buffer | null> {
  const row = await knexOf(em)('import_job_files').where({ import_job_id: id }).first('content');
  return row?.content ?? null;
}

export async function reportImportProgress(em: EntityManager, id: number, progress: number, now: Date): Promise<void> {
  await knexOf(em)('import_jobs').where({ id }).whereIn('state', OPEN_STATES).update({ progress, updated_at: now });
}

/**
 * In the caller's transaction: locks the import until commit and tells whether it is still open.
 * A second run of the same import (its first one taken for dead while alive) waits here, then finds it ended.
 */
export async function lockOpenImportJob(em: EntityManager, id: number): Promise<boolean> {
  const row = await knexOf(em)('import_jobs').where({ id }).forUpdate().first('state');
  return !!row && OPEN_STATES.includes(row.state);
}

/** Ends the import (in the caller's transaction, after `lockOpenImportJob`) and forgets its file. */
export async function endImportJob(
  em: EntityManager,
  id: number,
  values: {
    state: 'DONE' | 'FAILED';
    pupilsAdded?: number;
    pupilsUpdated?: number;
    pupilsLeft?: number;
    addedPupils?: ImportedPupil[];
    leftPupils?: ImportedPupil[];
    errors?: ImportJobRow['errors'];
  },
  now: Date,
): Promise<void> {
  await knexOf(em)('import_jobs')
    .where({ id })
    .update({
      state: values.state,
      progress: 100,
      pupils_added: values.pupilsAdded ?? null,
      pupils_updated: values.pupilsUpdated ?? null,
      pupils_left: values.pupilsLeft ?? null,
      added_pupils: values.addedPupils ? JSON.stringify(values.addedPupils) : null,
      left_pupils: values.leftPupils ? JSON.stringify(values.leftPupils) : null,
      errors: values.errors ? JSON.stringify(values.errors) : null,
      updated_at: now,
    });
  await knexOf(em)('import_job_files').where({ import_job_id: id }).delete();
}
