import { organizationFilter, type Tag } from '../domain/organization-search';
import type { OrganizationRow } from '../domain/organization-rules';
import type { OrganizationRepositories } from './organization-repositories';

/** The staff's list of organisations (the resolver declares who): two statements whatever the page size. */
export function searchOrganizations(
  repositories: Pick<OrganizationRepositories, 'organizations'>,
  query: { filter?: Parameters<typeof organizationFilter>[0] | null; limit: number; offset: number },
): Promise<{ rows: OrganizationRow[]; totalCount: number }> {
  return repositories.organizations.search(organizationFilter(query.filter ?? {}), { limit: query.limit, offset: query.offset });
}

/** Every tag, in French order (the staff's filters and the organisation's page). */
export function listTags(repositories: Pick<OrganizationRepositories, 'tags'>): Promise<Tag[]> {
  return repositories.tags.all();
}
