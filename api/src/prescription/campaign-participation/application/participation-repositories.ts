import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../../shared/domain/clock';
import { participationPortsOn } from '../infrastructure/participation-repositories';
import type { ParticipationRepositories } from './dependencies';
import { reconcileGarPupil, type GarPupilDeps, type GarPupilRequest } from './reconcile-gar-pupil.usecase';

/** The use cases' repositories on one entity manager; `transaction` gives the work the same, on the transaction's. */
export function participationRepositoriesOn(em: EntityManager, clock: Clock): ParticipationRepositories {
  return { ...participationPortsOn(em, clock), transaction: (work) => em.transactional((tem) => work(participationRepositoriesOn(tem, clock))) };
}

const perRequest = new WeakMap<EntityManager, ParticipationRepositories>();

/** campaign-participation's use cases' repositories of a request, made once from its entity manager (forked per request). */
export function participationRepositories(em: EntityManager, clock: Clock): ParticipationRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = participationRepositoriesOn(em, clock);
  perRequest.set(em, repositories);
  return repositories;
}

/**
 * `reconcileGarPupil` as integration calls it, with its own entity manager (the request's): the public
 * surface keeps that signature (integration's port binds it), the use case gets its repositories on
 * that entity manager, the throttle counting with the GAR's clock as before.
 */
export function reconcileGarPupilOn(em: EntityManager, deps: GarPupilDeps, request: GarPupilRequest): ReturnType<typeof reconcileGarPupil> {
  return reconcileGarPupil(participationRepositoriesOn(em, deps.iam.clock), deps, request);
}
