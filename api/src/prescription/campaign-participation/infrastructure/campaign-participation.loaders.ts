import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Participation } from '../domain/participation';
import { CampaignParticipationRepository } from './campaign-participation.repository';

/** Lists of participations and their owners' participations, in one statement each. */
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
  };
}
