/** What other contexts may use of the campaigns (participations, next). */
export { normalizeCampaignCode, isCampaignCode } from './domain/campaign-code';
export type { Campaign, CampaignLanding, CampaignType, IdPixType, JoinableCampaign } from './domain/campaign';
export { findCampaign, skillIdsOfCampaign } from './application/find-campaign';
export { createCampaignLoaders } from './infrastructure/campaign.loaders';
export { findJoinableCampaign, type CampaignByCodeDeps } from './application/campaign-by-code.usecase';
export { archiveCampaignsOfOrganization } from './application/archive-campaigns-of-organization';
