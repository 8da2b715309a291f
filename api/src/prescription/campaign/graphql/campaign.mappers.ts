import type { Campaign, CampaignLanding } from '../domain/campaign';
import { NotFoundError } from '../../../shared/domain/errors';
import { numericId } from '../../../shared/graphql/ids';
import { CampaignIdPixTypeValue, CampaignLandingView, CampaignTypeValue, CampaignView } from './campaign.types';

export const toCampaignView = (campaign: Campaign): CampaignView =>
  Object.assign(new CampaignView(), {
    id: String(campaign.id),
    campaignId: campaign.id,
    organizationId: campaign.organizationId,
    code: campaign.code,
    name: campaign.name,
    type: campaign.type as CampaignTypeValue,
    multipleSendings: campaign.multipleSendings,
    idPixLabel: campaign.idPixLabel,
    idPixType: campaign.idPixType as CampaignIdPixTypeValue | null,
    customLandingPageText: campaign.customLandingPageText,
    archivedAt: campaign.archivedAt,
    createdAt: campaign.createdAt,
    creatorId: campaign.creatorId,
    targetProfileId: campaign.targetProfileId,
  });

export const toCampaignLandingView = (landing: CampaignLanding & { viewerLinkedToOrganization?: boolean }): CampaignLandingView =>
  Object.assign(new CampaignLandingView(), {
    code: landing.code,
    name: landing.name,
    type: landing.type as CampaignTypeValue,
    organizationName: landing.organizationName,
    organizationTypeName: landing.organizationType,
    isRestricted: landing.organizationIsManagingStudents,
    customLandingPageText: landing.customLandingPageText,
    idPixLabel: landing.idPixLabel,
    idPixType: landing.idPixType as CampaignIdPixTypeValue | null,
    multipleSendings: landing.type === 'PROFILES_COLLECTION' && landing.multipleSendings,
    viewerLinkedToOrganization: landing.viewerLinkedToOrganization ?? null,
  });

/** An ID argument as a database id; anything else names nothing. */
export const campaignIdOf = (value: string) => numericId(value, () => new NotFoundError('errors.campaign.unknown'));
