import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import type { LearnerRepositories } from './dependencies';

/** The classes of the school's current pupils, for its members and the support team. */
export async function listDivisions(repositories: Pick<LearnerRepositories, 'learners'>, access: OrganizationAccess, organizationId: number): Promise<string[]> {
  await assertOrganizationReader(access, organizationId);
  return repositories.learners.divisionsOf(organizationId);
}
