import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationRow } from '../domain/organization-rules';
import { OrganizationRepository } from '../infrastructure/organization.repository';

/** What other contexts read of organisations (team, campaigns), through this context. */

export function findOrganization(em: EntityManager, organizationId: number): Promise<OrganizationRow | null> {
  return new OrganizationRepository(em).findById(organizationId);
}

/** The active school with this UAI (a school's space activated by its official address). */
export function findActiveSchoolByUai(em: EntityManager, uai: string): Promise<OrganizationRow | null> {
  return new OrganizationRepository(em).findActiveSchoolByUai(uai);
}
