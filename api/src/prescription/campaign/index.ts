/** What other contexts may use of the campaigns (participations, next). */
export { normalizeCampaignCode, isCampaignCode } from './domain/campaign-code';
export type { Campaign, CampaignType, IdPixType } from './domain/campaign';
export { CampaignRepository, type CampaignLanding, type JoinableCampaign } from './infrastructure/campaign.repository';
export { findJoinableCampaign, type CampaignByCodeDeps } from './application/campaign-by-code.usecase';
export { CampaignLandingView, CampaignView } from './graphql/campaign.types';
export { toCampaignLandingView, numericId } from './graphql/campaign.mappers';
