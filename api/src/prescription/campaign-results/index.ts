/** What other contexts may use of the campaign results. */
export { createCampaignResultsLoaders } from './infrastructure/campaign-results.loaders';
export { sharedResultsOfOrganization } from './application/shared-results.usecases';
export type { SharedResultRecord } from './domain/shared-result-record';
