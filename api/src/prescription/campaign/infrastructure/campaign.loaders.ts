import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CampaignLanding } from '../domain/campaign';
import { CampaignRepository } from './campaign.repository';

/** Lists of participations resolve their campaigns and the campaigns' skills in one statement each. */
export function createCampaignLoaders(em: EntityManager) {
  return {
    /** What a participant sees of a campaign (its landing data, archived or not). */
    campaignLandingById: new DataLoader<number, CampaignLanding | null>(async (ids) => {
      const landings = await new CampaignRepository(em).landingsByIds(ids);
      return ids.map((id) => landings.get(id) ?? null);
    }),
    campaignSkillIds: new DataLoader<number, string[]>(async (campaignIds) => {
      const rows = await new CampaignRepository(em).skillIdsOfCampaigns(campaignIds);
      return campaignIds.map((id) => rows.get(id) ?? []);
    }),
  };
}
