import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationAdminOrSupportReader } from '../../../team';
import type { ImportJobRow } from '../domain/learner';
import { findImportJob } from '../infrastructure/import-job.repository';

/** A SIECLE import, for the administrators of its organisation (and the support team, read-only). */
export async function getImportJob(em: EntityManager, viewer: Viewer, importJobId: number): Promise<ImportJobRow> {
  const job = await findImportJob(em, importJobId);
  if (!job) throw new NotFoundError();
  await assertOrganizationAdminOrSupportReader(em, viewer, job.organizationId);
  return job;
}
