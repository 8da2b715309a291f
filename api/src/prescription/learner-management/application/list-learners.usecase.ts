import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import type { LearnerListFilter, LearnerRow, LearnerSort } from '../domain/learner';
import type { LearnerRepositories } from './dependencies';

/** A page of the school's pupils, for its members and the support team. */
export async function listLearners(
  repositories: Pick<LearnerRepositories, 'learners'>,
  access: OrganizationAccess,
  request: { organizationId: number; filter: LearnerListFilter; page: { limit: number; offset: number }; sort?: LearnerSort | null },
): Promise<{ rows: LearnerRow[]; totalCount: number }> {
  await assertOrganizationReader(access, request.organizationId);
  return repositories.learners.page(request.organizationId, request.filter, request.page, request.sort);
}
