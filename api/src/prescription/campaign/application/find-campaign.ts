import type { EntityManager } from '@mikro-orm/postgresql';
import type { Campaign } from '../domain/campaign';
import { CampaignRepository } from '../infrastructure/campaign.repository';

/** What other contexts read of campaigns (participations, results), through this context. */

export function findCampaign(em: EntityManager, campaignId: number): Promise<Campaign | null> {
  return new CampaignRepository(em).findById(campaignId);
}

/** The skills a campaign evaluates (those of its target profile when it was created). */
export function skillIdsOfCampaign(em: EntityManager, campaignId: number): Promise<string[]> {
  return new CampaignRepository(em).skillIdsOf(campaignId);
}
