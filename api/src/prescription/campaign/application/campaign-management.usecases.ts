import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError } from '../../../shared/domain/errors';
import {
  assertOrganizationMember,
  assertOrganizationReader,
  type OrganizationAccess,
} from '../../../team';
import type { Campaign } from '../domain/campaign';
import { CampaignRepository, type CampaignListFilter } from '../infrastructure/campaign.repository';

export interface CampaignListRequest {
  organizationId: number;
  search?: string | null;
  ownedByMe?: boolean | null;
  includeArchived?: boolean | null;
}

/** A campaign, for the members of its organisation and the support team. */
export async function getCampaign(em: EntityManager, access: OrganizationAccess, campaignId: number): Promise<Campaign> {
  const campaign = await new CampaignRepository(em).findById(campaignId);
  if (!campaign) throw new NotFoundError('errors.campaign.unknown');
  await assertOrganizationReader(access, campaign.organizationId);
  return campaign;
}

/** The organisation's campaigns, newest first (members and the support team). */
export async function listCampaigns(
  em: EntityManager,
  access: OrganizationAccess,
  request: CampaignListRequest,
  page: { limit: number; offset: number },
): Promise<{ rows: Campaign[]; totalCount: number }> {
  await assertOrganizationReader(access, request.organizationId);
  const filter: CampaignListFilter = {
    search: request.search,
    creatorId: request.ownedByMe ? access.viewer.userId : null,
    includeArchived: request.includeArchived,
  };
  return new CampaignRepository(em).list(request.organizationId, filter, page);
}

/** Members archive a campaign (no new participant) or bring it back; doing it twice changes nothing. */
export async function setCampaignArchived(
  em: EntityManager,
  deps: { clock: Clock },
  access: OrganizationAccess,
  request: { campaignId: number; archived: boolean },
): Promise<Campaign> {
  const repository = new CampaignRepository(em);
  const campaign = await repository.findById(request.campaignId);
  if (!campaign) throw new NotFoundError('errors.campaign.unknown');
  await assertOrganizationMember(access, campaign.organizationId);
  return repository.setArchived(campaign.id, request.archived ? deps.clock.now() : null);
}
