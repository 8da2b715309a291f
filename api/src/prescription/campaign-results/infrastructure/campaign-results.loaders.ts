import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignResultsRepository, type ParticipantRow, type ParticipationStats } from './campaign-results.repository';

/** Per-participation facts of the Orga lists, each batched into one statement per request. */
export function createCampaignResultsLoaders(em: EntityManager) {
  const repository = new CampaignResultsRepository(em);
  return {
    /** "Activité" and the campaigns list: participations by state, one grouped statement for every campaign of the page. */
    statsByCampaign: new DataLoader<number, ParticipationStats>(async (ids) => {
      const stats = await repository.statsOfCampaigns(ids);
      return ids.map((id) => stats.get(id)!);
    }),
    /** The pupil behind a participation (its organisation learner). */
    participantByLearnerId: new DataLoader<number, ParticipantRow | null>(async (ids) => {
      const rows = await repository.participants(ids);
      return ids.map((id) => rows.get(id) ?? null);
    }),
    /** Campaign skills settled so far by the participant's knowledge, for tests in progress. */
    settledSkillsByParticipation: new DataLoader<number, { settled: number; targeted: number }>(async (ids) => {
      const rows = await repository.settledSkills(ids);
      return ids.map((id) => rows.get(id) ?? { settled: 0, targeted: 0 });
    }),
  };
}
