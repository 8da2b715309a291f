import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { userAdministrationPortsOn } from '../infrastructure/user-administration-repositories';
import type { UserAdministrationRepositories } from './dependencies';

/** The use cases' repositories on one entity manager; `transaction` gives the work the same, on the transaction's. */
export function userAdministrationRepositoriesOn(em: EntityManager, clock: Clock): UserAdministrationRepositories {
  return { ...userAdministrationPortsOn(em, clock), transaction: (work) => em.transactional((tem) => work(userAdministrationRepositoriesOn(tem, clock))) };
}

const perRequest = new WeakMap<EntityManager, UserAdministrationRepositories>();

/** The support team's use cases' repositories of a request, made once from its entity manager (forked per request). */
export function userAdministrationRepositories(em: EntityManager, clock: Clock): UserAdministrationRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = userAdministrationRepositoriesOn(em, clock);
  perRequest.set(em, repositories);
  return repositories;
}
