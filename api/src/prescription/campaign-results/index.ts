/** What other contexts may use of the campaign results. */
export { createCampaignResultsLoaders } from './infrastructure/campaign-results.loaders';
