import type { EntityManager } from '@mikro-orm/postgresql';
import { skillIdsOfCampaign } from '../../campaign';
import { bound } from '../../../shared/domain/bound';
import { CampaignResultsRepository } from './campaign-results.repository';
import { ResultsExportRepository } from './results-export.repository';

/** The campaign results' repositories and their port to campaign, on one entity manager (the request's); the application's `CampaignResultsRepositories` types them. */
export function campaignResultsPortsOn(em: EntityManager) {
  return {
    participations: new CampaignResultsRepository(em),
    exports: new ResultsExportRepository(em),
    campaigns: { skillIds: bound(skillIdsOfCampaign, em) },
  };
}
