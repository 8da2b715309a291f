import type { EntityManager } from '@mikro-orm/postgresql';
import { certifiablePupils, classesOfSchool } from '../../../prescription/learner-management';
import type { Clock } from '../../../shared/domain/clock';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { sessionManagementRepositories, type SessionManagementRepositories } from '../../session-management';
import { CandidateRepository } from '../infrastructure/candidate.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of enrolment's use cases, made once per request from the request's entity manager
 * (`enrolmentRepositories`): the session's candidates, session-management's sessions, centres, teams
 * and schools (to check who may act), and learner-management's pupils, all bound to one entity
 * manager; `transaction` runs its work on all of them bound to one transaction (the session locked
 * there). A use case never sees the ORM, so that it can run on in-memory fakes.
 */
export interface EnrolmentRepositories extends Pick<SessionManagementRepositories, 'centers' | 'sessions' | 'memberships' | 'schools'> {
  candidates: Pick<CandidateRepository, 'ofSession' | 'findById' | 'insertMany' | 'update' | 'delete'>;
  pupils: { certifiable: Bound<typeof certifiablePupils>; classes: Bound<typeof classesOfSchool> };
  transaction<T>(work: (repositories: EnrolmentRepositories) => Promise<T>): Promise<T>;
  /** The write was refused by a unique index (a candidate enrolled twice, concurrently). */
  isUniqueViolation(error: unknown): boolean;
}

export function enrolmentRepositories(em: EntityManager, deps: { clock: Clock }): EnrolmentRepositories {
  const { centers, sessions, memberships, schools } = sessionManagementRepositories(em, deps);
  return {
    centers,
    sessions,
    memberships,
    schools,
    candidates: new CandidateRepository(em),
    pupils: {
      certifiable: (organizationId, filter) => certifiablePupils(em, organizationId, filter),
      classes: (organizationId) => classesOfSchool(em, organizationId),
    },
    transaction: (work) => em.transactional((tem) => work(enrolmentRepositories(tem, deps))),
    isUniqueViolation,
  };
}
