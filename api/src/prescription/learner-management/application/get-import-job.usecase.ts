import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import type { ImportJobRow } from '../domain/learner';
import type { LearnerRepositories } from './dependencies';

/** A SIECLE import, for the administrators of its organisation (and the support team, read-only). */
export async function getImportJob(repositories: Pick<LearnerRepositories, 'importJobs' | 'access'>, viewer: Viewer, importJobId: number): Promise<ImportJobRow> {
  const job = await repositories.importJobs.find(importJobId);
  if (!job) throw new NotFoundError();
  await repositories.access.assertAdminOrSupportReader(viewer, job.organizationId);
  return job;
}
