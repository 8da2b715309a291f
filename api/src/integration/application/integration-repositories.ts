import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { integrationPortsOn } from '../infrastructure/integration-repositories';
import type { IntegrationRepositories } from './dependencies';

/** The use cases' repositories on one entity manager; `transaction` gives the work the same, on the transaction's. */
function integrationRepositoriesOn(em: EntityManager, clock: Clock): IntegrationRepositories {
  return { ...integrationPortsOn(em, clock), transaction: (work) => em.transactional((tem) => work(integrationRepositoriesOn(tem, clock))) };
}

const perRequest = new WeakMap<EntityManager, IntegrationRepositories>();

/** The integrators' use cases' repositories of a request, made once from its entity manager (forked per request). */
export function integrationRepositories(em: EntityManager, clock: Clock): IntegrationRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = integrationRepositoriesOn(em, clock);
  perRequest.set(em, repositories);
  return repositories;
}
