import type { EntityManager } from '@mikro-orm/postgresql';
import { iamPortsOn } from '../infrastructure/iam-repositories';
import { userForDisplay } from '../infrastructure/user.repository';
import type { StatementTarget } from '../../shared/infrastructure/database/prepared-statement';
import type { IamDependencies, IamRepositories } from './dependencies';

type IamServices = Pick<IamDependencies, 'clock' | 'mailer'>;

/** The account use cases' repositories on one entity manager; `transaction` gives the work the same, on the transaction's. */
export function iamRepositoriesOn(em: EntityManager, services: IamServices): IamRepositories {
  return { ...iamPortsOn(em, services), transaction: (work) => em.transactional((tem) => work(iamRepositoriesOn(tem, services))) };
}

const perRequest = new WeakMap<EntityManager, IamRepositories>();

/** The account use cases' repositories of a request, made once from its entity manager (forked per request). */
export function iamRepositories(em: EntityManager, services: IamServices): IamRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = iamRepositoriesOn(em, services);
  perRequest.set(em, repositories);
  return repositories;
}

/**
 * What `me` reads, on the request's statements (the platform's connection until something forks the
 * entity manager): every page asks for it, and it needs neither a unit of work nor the other repositories.
 */
export function displayedAccounts(target: StatementTarget): { users: Pick<IamRepositories['users'], 'findForDisplay'> } {
  return { users: { findForDisplay: (id) => userForDisplay(target, id) } };
}
