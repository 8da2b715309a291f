/** What other contexts may use of the campaigns (participations, next). */
export { normalizeCampaignCode, isCampaignCode } from './domain/campaign-code';
export type { Campaign, CampaignType } from './domain/campaign';
export { CampaignRepository } from './infrastructure/campaign.repository';
