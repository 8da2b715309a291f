import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import { byCatalogueOrder, isAvailableTo, type TargetProfile } from '../domain/target-profile';
import { TargetProfileRepository } from '../infrastructure/target-profile.repository';

/** The parcours an organisation may use (public ones and its own), for its members and the support team. */
export async function listAvailableTargetProfiles(em: EntityManager, access: OrganizationAccess, organizationId: number): Promise<TargetProfile[]> {
  await assertOrganizationReader(access, organizationId);
  return (await new TargetProfileRepository(em).availableTo(organizationId)).sort(byCatalogueOrder);
}

/** The target profile if the organisation may use it, else null (unknown and not offered look the same). */
export async function findTargetProfileAvailableTo(em: EntityManager, organizationId: number, targetProfileId: number): Promise<TargetProfile | null> {
  const profile = await new TargetProfileRepository(em).findById(targetProfileId);
  return profile && isAvailableTo(profile, organizationId) ? profile : null;
}
