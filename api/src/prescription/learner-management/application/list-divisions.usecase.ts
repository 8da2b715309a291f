import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import { divisionsOf } from '../infrastructure/organization-learner.repository';

/** The classes of the school's current pupils, for its members and the support team. */
export async function listDivisions(em: EntityManager, access: OrganizationAccess, organizationId: number): Promise<string[]> {
  await assertOrganizationReader(access, organizationId);
  return divisionsOf(em, organizationId);
}
