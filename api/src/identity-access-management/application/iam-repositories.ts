import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { createIamRepositories } from '../infrastructure/iam-repositories';
import type { IamRepositories } from './dependencies';

const perRequest = new WeakMap<EntityManager, IamRepositories>();

/** The account use cases' repositories of a request, made once from its entity manager (forked per request). */
export function iamRepositories(em: EntityManager, clock: Clock): IamRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories: IamRepositories = createIamRepositories(em, clock);
  perRequest.set(em, repositories);
  return repositories;
}
