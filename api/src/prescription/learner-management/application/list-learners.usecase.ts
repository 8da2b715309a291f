import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import type { LearnerListFilter, LearnerRow, LearnerSort } from '../domain/learner';
import { listLearners as listLearnersPage } from '../infrastructure/organization-learner.repository';

/** A page of the school's pupils, for its members and the support team. */
export async function listLearners(
  em: EntityManager,
  access: OrganizationAccess,
  request: { organizationId: number; filter: LearnerListFilter; page: { limit: number; offset: number }; sort?: LearnerSort | null },
): Promise<{ rows: LearnerRow[]; totalCount: number }> {
  await assertOrganizationReader(access, request.organizationId);
  return listLearnersPage(em, request.organizationId, request.filter, request.page, request.sort);
}
