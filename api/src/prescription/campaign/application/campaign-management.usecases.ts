import type { Clock } from '../../../shared/domain/clock';
import { NotFoundError } from '../../../shared/domain/errors';
import {
  assertOrganizationMember,
  assertOrganizationReader,
  type OrganizationAccess,
} from '../../../team';
import type { Campaign } from '../domain/campaign';
import type { CampaignListFilter } from '../infrastructure/campaign.repository';
import type { CampaignRepositories } from './campaign-repositories';

export interface CampaignListRequest {
  organizationId: number;
  search?: string | null;
  ownedByMe?: boolean | null;
  includeArchived?: boolean | null;
}

/** A campaign, for the members of its organisation and the support team. */
export async function getCampaign(repositories: Pick<CampaignRepositories, 'campaigns'>, access: OrganizationAccess, campaignId: number): Promise<Campaign> {
  const campaign = await repositories.campaigns.findById(campaignId);
  if (!campaign) throw new NotFoundError('errors.campaign.unknown');
  await assertOrganizationReader(access, campaign.organizationId);
  return campaign;
}

/** The organisation's campaigns, newest first (members and the support team). */
export async function listCampaigns(
  repositories: Pick<CampaignRepositories, 'campaigns'>,
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
  return repositories.campaigns.list(request.organizationId, filter, page);
}

/** Members archive a campaign (no new participant) or bring it back; doing it twice changes nothing. */
export async function setCampaignArchived(
  repositories: Pick<CampaignRepositories, 'campaigns'>,
  deps: { clock: Clock },
  access: OrganizationAccess,
  request: { campaignId: number; archived: boolean },
): Promise<Campaign> {
  const campaign = await repositories.campaigns.findById(request.campaignId);
  if (!campaign) throw new NotFoundError('errors.campaign.unknown');
  await assertOrganizationMember(access, campaign.organizationId);
  return repositories.campaigns.setArchived(campaign.id, request.archived ? deps.clock.now() : null);
}
