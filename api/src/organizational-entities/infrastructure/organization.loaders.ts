import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationRow } from '../domain/organization-rules';
import type { Tag } from '../domain/organization-search';
import { OrganizationRepository } from './organization.repository';
import { TagRepository } from './tag.repository';

/** Organisations of a list (a viewer's memberships), and the tags of a page of organisations: one statement per list. */
export function createOrganizationLoaders(em: EntityManager) {
  return {
    organizationById: new DataLoader<number, OrganizationRow | undefined>(async (ids) => {
      const rows = await new OrganizationRepository(em).findByIds(ids);
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
    tagsByOrganization: new DataLoader<number, Tag[]>(async (ids) => {
      const rows = await new TagRepository(em).ofOrganizations(ids);
      return ids.map((id) => rows.filter((row) => row.organizationId === id).map(({ id: tagId, name }) => ({ id: tagId, name })));
    }),
  };
}
