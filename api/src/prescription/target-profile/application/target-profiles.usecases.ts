import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import { byCatalogueOrder, isAvailableTo, type TargetProfile } from '../domain/target-profile';
import { TargetProfileRepository } from '../infrastructure/target-profile.repository';
import type { TargetProfileRepositories } from './target-profile-repositories';

/** The parcours an organisation may use (public ones and its own), for its members and the support team. */
export async function listAvailableTargetProfiles(repositories: Pick<TargetProfileRepositories, 'targetProfiles'>, access: OrganizationAccess, organizationId: number): Promise<TargetProfile[]> {
  await assertOrganizationReader(access, organizationId);
  return (await repositories.targetProfiles.availableTo(organizationId)).sort(byCatalogueOrder);
}

/**
 * The target profile if the organisation may use it, else null (unknown and not offered look the same).
 * Campaigns call it on their entity manager (their port binds it), as before.
 */
export async function findTargetProfileAvailableTo(em: EntityManager, organizationId: number, targetProfileId: number): Promise<TargetProfile | null> {
  const profile = await new TargetProfileRepository(em).findById(targetProfileId);
  return profile && isAvailableTo(profile, organizationId) ? profile : null;
}
