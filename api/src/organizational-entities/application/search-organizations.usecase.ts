import type { EntityManager } from '@mikro-orm/postgresql';
import { organizationFilter, type Tag } from '../domain/organization-search';
import type { OrganizationRow } from '../domain/organization-rules';
import { OrganizationRepository } from '../infrastructure/organization.repository';
import { TagRepository } from '../infrastructure/tag.repository';

/** The staff's list of organisations (the resolver declares who): two statements whatever the page size. */
export function searchOrganizations(
  em: EntityManager,
  query: { filter?: Parameters<typeof organizationFilter>[0] | null; limit: number; offset: number },
): Promise<{ rows: OrganizationRow[]; totalCount: number }> {
  return new OrganizationRepository(em).search(organizationFilter(query.filter ?? {}), { limit: query.limit, offset: query.offset });
}

/** Every tag, in French order (the staff's filters and the organisation's page). */
export function listTags(em: EntityManager): Promise<Tag[]> {
  return new TagRepository(em).all();
}
