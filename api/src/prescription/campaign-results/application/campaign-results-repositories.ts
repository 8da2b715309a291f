import type { EntityManager } from '@mikro-orm/postgresql';
import { campaignResultsPortsOn } from '../infrastructure/campaign-results-repositories';
import type { CampaignResultsRepositories } from './dependencies';

const perRequest = new WeakMap<EntityManager, CampaignResultsRepositories>();

/** The campaign results' use cases' repositories of a request, made once from its entity manager (forked per request). */
export function campaignResultsRepositories(em: EntityManager): CampaignResultsRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories: CampaignResultsRepositories = campaignResultsPortsOn(em);
  perRequest.set(em, repositories);
  return repositories;
}
