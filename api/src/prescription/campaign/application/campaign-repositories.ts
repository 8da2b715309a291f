import type { EntityManager } from '@mikro-orm/postgresql';
import { findOrganization } from '../../../organizational-entities';
import type { Clock } from '../../../shared/domain/clock';
import { Throttle } from '../../../shared/infrastructure/throttle/throttle';
import { learnerOfUser } from '../../learner-management';
import { findTargetProfileAvailableTo } from '../../target-profile';
import { CampaignRepository } from '../infrastructure/campaign.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of the campaign use cases, made once per request from the request's entity
 * manager (`campaignRepositories`): a use case reads and writes through them, never through the ORM,
 * so that it can run on in-memory fakes. The other contexts' reads come through ports bound to the
 * same entity manager (their public surface). `transaction` runs its work on repositories bound to
 * one transaction (the campaign, its code and its skills).
 */
export interface CampaignRepositories {
  campaigns: Pick<CampaignRepository, 'findById' | 'list' | 'setArchived' | 'findActiveByCode' | 'insertWithFreeCode'>;
  /** Counts the codes typed per address (the campaign-code rule). */
  throttle: Pick<Throttle, 'admit'>;
  /** organizational-entities: an organisation by id. */
  organizations: { find: Bound<typeof findOrganization> };
  /** target-profile: a parcours the organisation may use, else null. */
  targetProfiles: { availableTo: Bound<typeof findTargetProfileAvailableTo> };
  /** learner-management: the viewer's pupil in a school, if linked. */
  learners: { ofUser: Bound<typeof learnerOfUser> };
  transaction<T>(work: (repositories: CampaignRepositories) => Promise<T>): Promise<T>;
}

/** The campaign repositories on one entity manager (the request's, another context's, or a transaction's). */
export function createCampaignRepositories(em: EntityManager, clock: Clock): CampaignRepositories {
  return {
    campaigns: new CampaignRepository(em),
    throttle: new Throttle(em, clock),
    organizations: { find: (organizationId) => findOrganization(em, organizationId) },
    targetProfiles: { availableTo: (organizationId, targetProfileId) => findTargetProfileAvailableTo(em, organizationId, targetProfileId) },
    learners: { ofUser: (organizationId, userId) => learnerOfUser(em, organizationId, userId) },
    transaction: (work) => em.transactional((tem) => work(createCampaignRepositories(tem, clock))),
  };
}

const perRequest = new WeakMap<EntityManager, CampaignRepositories>();

/** The campaign use cases' repositories of a request, made once from its entity manager (forked per request). */
export function campaignRepositories(em: EntityManager, clock: Clock): CampaignRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = createCampaignRepositories(em, clock);
  perRequest.set(em, repositories);
  return repositories;
}
