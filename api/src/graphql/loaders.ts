import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from './services';
import { createEvaluationLoaders } from '../evaluation';
import { createTeamLoaders } from '../team';
import { createIamLoaders } from '../identity-access-management';
import { createOrganizationLoaders } from '../organizational-entities';
import { createTargetProfileLoaders } from '../prescription/target-profile';
import { createCampaignLoaders } from '../prescription/campaign';
import { createCampaignParticipationLoaders } from '../prescription/campaign-participation';
import { createCampaignResultsLoaders } from '../prescription/campaign-results';
import { createEnrolmentLoaders } from '../certification/enrolment';
import { createCertificationResultsLoaders } from '../certification/results';

/** Every DataLoader of the request, grouped by context. */
export function createLoaders(em: EntityManager, services: Services) {
  return {
    iam: createIamLoaders(em),
    organizations: createOrganizationLoaders(em),
    evaluation: createEvaluationLoaders(em, services.campaignTests),
    team: createTeamLoaders(em),
    targetProfile: createTargetProfileLoaders(em),
    campaign: createCampaignLoaders(em),
    participation: createCampaignParticipationLoaders(em),
    results: createCampaignResultsLoaders(em),
    enrolment: createEnrolmentLoaders(em),
    certificationResults: createCertificationResultsLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
