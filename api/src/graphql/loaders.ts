import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from './services';
import { createEvaluationLoaders } from '../evaluation/infrastructure/evaluation.loaders';
import { createTeamLoaders } from '../team/infrastructure/team.loaders';
import { createTargetProfileLoaders } from '../prescription/target-profile/infrastructure/target-profile.loaders';
import { createCampaignParticipationLoaders } from '../prescription/campaign-participation/infrastructure/campaign-participation.loaders';
import { createCampaignResultsLoaders } from '../prescription/campaign-results/infrastructure/campaign-results.loaders';

/** Every DataLoader of the request, grouped by context. */
export function createLoaders(em: EntityManager, services: Services) {
  return {
    evaluation: createEvaluationLoaders(em, services),
    team: createTeamLoaders(em),
    targetProfile: createTargetProfileLoaders(em),
    participation: createCampaignParticipationLoaders(em),
    results: createCampaignResultsLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
