import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from '../../../shared/infrastructure/jobs/job-queue';
import { createLearnerRepositories } from '../infrastructure/learner-repositories';
import type { LearnerRepositories } from './dependencies';

const perRequest = new WeakMap<EntityManager, LearnerRepositories>();

/** The learner-management use cases' repositories of a request, made once from its entity manager (forked per request). */
export function learnerRepositories(em: EntityManager, jobs: Pick<JobQueue, 'send'>): LearnerRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = createLearnerRepositories(em, jobs);
  perRequest.set(em, repositories);
  return repositories;
}
