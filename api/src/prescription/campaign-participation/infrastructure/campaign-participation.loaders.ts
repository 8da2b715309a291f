import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignRepository, type CampaignLanding } from '../../campaign';
import type { Participation } from '../domain/participation';
import { CampaignParticipationRepository } from './campaign-participation.repository';

/** Lists of participations resolve their campaigns, skills and owners' participations in one statement each. */
export function createCampaignParticipationLoaders(em: EntityManager) {
  return {
    participationById: new DataLoader<number, Participation | null>(async (ids) => {
      const rows = await new CampaignParticipationRepository(em).byIds(ids);
      return ids.map((id) => rows.find((row) => row.id === id) ?? null);
    }),
    /** Each learner's participations that count, newest first. */
    participationsByUser: new DataLoader<number, Participation[]>(async (userIds) => {
      const rows = await new CampaignParticipationRepository(em).ofUsers(userIds);
      return userIds.map((id) => rows.filter((row) => row.userId === id));
    }),
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
