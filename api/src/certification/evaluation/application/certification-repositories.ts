import type { EntityManager } from '@mikro-orm/postgresql';
import { certificationPortsOn } from '../infrastructure/certification-repositories';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';

type CertificationServices = Pick<CertificationDependencies, 'clock' | 'scoreSession'>;

/** The use cases' repositories on one entity manager; `transaction` gives the work the same, on the transaction's. */
export function certificationRepositoriesOn(em: EntityManager, deps: CertificationServices): CertificationRepositories {
  return {
    ...certificationPortsOn(em, deps.clock, deps.scoreSession),
    transaction: (work) => em.transactional((tem) => work(certificationRepositoriesOn(tem, deps))),
  };
}

const perRequest = new WeakMap<EntityManager, CertificationRepositories>();

/** The certification test's repositories of a request (or of the evaluation's transaction), made once from its entity manager. */
export function certificationRepositories(em: EntityManager, deps: CertificationServices): CertificationRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = certificationRepositoriesOn(em, deps);
  perRequest.set(em, repositories);
  return repositories;
}
