import { NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import type { Participation } from '../domain/participation';
import type { ParticipationRepositories } from './dependencies';

/**
 * A participation, for its participant, and for the members of the campaign's organisation and the
 * support team (who see the results only once sent); nobody else, whatever the id.
 */
export async function getCampaignParticipation(
  repositories: Pick<ParticipationRepositories, 'participations' | 'campaigns'>,
  access: OrganizationAccess, participationId: number): Promise<Participation> {
  const participation = await repositories.participations.findById(participationId);
  if (!participation) throw new NotFoundError('errors.participation.unknown');
  if (participation.userId === access.viewer.userId) return participation;
  const campaign = await repositories.campaigns.byId(participation.campaignId);
  await assertOrganizationReader(access, campaign!.organizationId);
  return participation;
}
