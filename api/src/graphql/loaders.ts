import type { EntityManager } from '@mikro-orm/postgresql';
import type { StatementTarget } from '../shared/infrastructure/database/knex-of';
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

type Unit = { readonly em: EntityManager; readonly statements: StatementTarget };

const groups = {
  iam: (unit: Unit) => createIamLoaders(unit.em),
  organizations: (unit: Unit) => createOrganizationLoaders(unit.em),
  evaluation: (unit: Unit, services: Services) => createEvaluationLoaders(unit.statements, services.campaignTests),
  team: (unit: Unit) => createTeamLoaders(unit.em),
  targetProfile: (unit: Unit) => createTargetProfileLoaders(unit.em),
  campaign: (unit: Unit) => createCampaignLoaders(unit.em),
  participation: (unit: Unit) => createCampaignParticipationLoaders(unit.em),
  results: (unit: Unit) => createCampaignResultsLoaders(unit.em),
  enrolment: (unit: Unit) => createEnrolmentLoaders(unit.em),
  certificationResults: (unit: Unit) => createCertificationResultsLoaders(unit.em),
};

/** Every DataLoader of the request, grouped by context. */
export type Loaders = { readonly [K in keyof typeof groups]: ReturnType<(typeof groups)[K]> };

/**
 * The request's DataLoaders, each context's group made on first use: a request reads one or two
 * contexts, and making every loader (and forking an entity manager for them) costs on each request.
 * `unit.statements`: where loaders that need no unit of work run (evaluation's), without a fork.
 */
export function createLoaders(unit: Unit, services: Services): Loaders {
  const made: Partial<Record<keyof typeof groups, unknown>> = {};
  const loaders = {} as Loaders;
  for (const name of Object.keys(groups) as (keyof typeof groups)[]) {
    Object.defineProperty(loaders, name, {
      enumerable: true,
      get: () => (made[name] ??= groups[name](unit, services)),
    });
  }
  return loaders;
}
