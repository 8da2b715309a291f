import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationRow } from '../domain/organization-rules';
import { OrganizationRepository } from './organization.repository';

/** Organisations of a list (a viewer's memberships), one statement per list. */
export function createOrganizationLoaders(em: EntityManager) {
  return {
    organizationById: new DataLoader<number, OrganizationRow | undefined>(async (ids) => {
      const rows = await new OrganizationRepository(em).findByIds(ids);
      return ids.map((id) => rows.find((row) => row.id === id));
    }),
  };
}
