import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import { findCampaign } from '../../campaign';
import type { Participation } from '../domain/participation';
import { CampaignParticipationRepository } from '../infrastructure/campaign-participation.repository';

/**
 * A participation, for its participant, and for the members of the campaign's organisation and the
 * support team (who see the results only once sent); nobody else, whatever the id.
 */
export async function getCampaignParticipation(em: EntityManager, access: OrganizationAccess, participationId: number): Promise<Participation> {
  const participation = await new CampaignParticipationRepository(em).findById(participationId);
  if (!participation) throw new NotFoundError('errors.participation.unknown');
  if (participation.userId === access.viewer.userId) return participation;
  const campaign = await findCampaign(em, participation.campaignId);
  await assertOrganizationReader(access, campaign!.organizationId);
  return participation;
}
