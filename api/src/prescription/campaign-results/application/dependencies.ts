import type { skillIdsOfCampaign } from '../../campaign';
import type { CampaignResultsRepository } from '../infrastructure/campaign-results.repository';
import type { ResultsExportRepository } from '../infrastructure/results-export.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of the campaign results' use cases, made once per request
 * (`campaignResultsRepositories`) from the request's entity manager: a use case reads through them,
 * never through the ORM, so that it can run on in-memory fakes. Every use case here only reads (no
 * transaction). The campaign's skills are campaign's (its public surface, bound to the same entity
 * manager).
 */
export interface CampaignResultsRepositories {
  /** The Orga console's reads of a campaign's participations: a page, the collective sums, the validated skills. */
  participations: Pick<CampaignResultsRepository, 'list' | 'collectiveSums' | 'validatedSkillSets'>;
  /** The CSV export: the campaign with its identity columns, then its participations streamed from a cursor. */
  exports: Pick<ResultsExportRepository, 'campaign' | 'participations'>;
  /** campaign: the campaign's targeted skill ids. */
  campaigns: { skillIds: Bound<typeof skillIdsOfCampaign> };
}
