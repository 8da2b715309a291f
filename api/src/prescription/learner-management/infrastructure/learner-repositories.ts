import type { EntityManager } from '@mikro-orm/postgresql';
import { assertOrganizationAdmin, assertOrganizationAdminOrSupportReader } from '../../../team';
import type { JobQueue } from '../../../shared/infrastructure/jobs/job-queue';
import {
  claimImportJob,
  endImportJob,
  findImportJob,
  insertImportJob,
  lockOpenImportJob,
  readImportFile,
  reportImportProgress,
} from './import-job.repository';
import { divisionsOf, listLearners, replaceSchoolPupils } from './organization-learner.repository';
import { createPupilAccount, lockPupilsWithAccounts, setTemporaryPassword, usernamesTaken } from './pupil-accounts.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of the learner-management use cases on one entity manager (the request's, a SIECLE
 * run's or a transaction's), made once per request by `learnerRepositories` (application): a use case
 * reads and writes through them, never through the ORM, so that it can run on in-memory fakes. `transaction` runs its work on repositories bound to one
 * transaction (the pupils written with their import's end, the accounts of a class, the job enqueued
 * with its import).
 */
export interface LearnerRepositories {
  /** team: the organisation, when the viewer administers it (or reads it for the support team). */
  access: {
    assertAdmin: Bound<typeof assertOrganizationAdmin>;
    assertAdminOrSupportReader: Bound<typeof assertOrganizationAdminOrSupportReader>;
  };
  learners: {
    page: Bound<typeof listLearners>;
    divisionsOf: Bound<typeof divisionsOf>;
    replaceSchoolPupils: Bound<typeof replaceSchoolPupils>;
  };
  importJobs: {
    insert: Bound<typeof insertImportJob>;
    find: Bound<typeof findImportJob>;
    claim: Bound<typeof claimImportJob>;
    readFile: Bound<typeof readImportFile>;
    reportProgress: Bound<typeof reportImportProgress>;
    lockOpen: Bound<typeof lockOpenImportJob>;
    end: Bound<typeof endImportJob>;
  };
  pupilAccounts: {
    lockWithAccounts: Bound<typeof lockPupilsWithAccounts>;
    usernamesTaken: Bound<typeof usernamesTaken>;
    setTemporaryPassword: Bound<typeof setTemporaryPassword>;
    create: Bound<typeof createPupilAccount>;
  };
  /** Enqueues a durable job in the caller's transaction (it runs only if the transaction commits). */
  jobs: { send(queueName: string, data: object): Promise<unknown> };
  transaction<T>(work: (repositories: LearnerRepositories) => Promise<T>): Promise<T>;
}

/** The learner-management repositories on an entity manager (the request's, a run's or a transaction's). */
export function createLearnerRepositories(em: EntityManager, jobs: Pick<JobQueue, 'send'>): LearnerRepositories {
  return {
    access: {
      assertAdmin: (viewer, organizationId) => assertOrganizationAdmin(em, viewer, organizationId),
      assertAdminOrSupportReader: (viewer, organizationId) => assertOrganizationAdminOrSupportReader(em, viewer, organizationId),
    },
    learners: {
      page: (organizationId, filter, page, sort) => listLearners(em, organizationId, filter, page, sort),
      divisionsOf: (organizationId) => divisionsOf(em, organizationId),
      replaceSchoolPupils: (organizationId, pupils, now) => replaceSchoolPupils(em, organizationId, pupils, now),
    },
    importJobs: {
      insert: (organizationId, userId, file) => insertImportJob(em, organizationId, userId, file),
      find: (id) => findImportJob(em, id),
      claim: (id, takenBy, now) => claimImportJob(em, id, takenBy, now),
      readFile: (id) => readImportFile(em, id),
      reportProgress: (id, progress, now) => reportImportProgress(em, id, progress, now),
      lockOpen: (id) => lockOpenImportJob(em, id),
      end: (id, values, now) => endImportJob(em, id, values, now),
    },
    pupilAccounts: {
      lockWithAccounts: (organizationId, learnerIds) => lockPupilsWithAccounts(em, organizationId, learnerIds),
      usernamesTaken: (stems) => usernamesTaken(em, stems),
      setTemporaryPassword: (userId, username, passwordHash, now) => setTemporaryPassword(em, userId, username, passwordHash, now),
      create: (pupil, username, passwordHash, now) => createPupilAccount(em, pupil, username, passwordHash, now),
    },
    jobs: {
      send: (queueName, data) => jobs.send(queueName, data, em),
    },
    transaction: (work) => em.transactional((tem) => work(createLearnerRepositories(tem, jobs))),
  };
}
