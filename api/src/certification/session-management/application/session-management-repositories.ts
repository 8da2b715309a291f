import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../../audit-log';
import { findActiveSchoolByUai } from '../../../organizational-entities';
import type { Clock } from '../../../shared/domain/clock';
import { isUniqueViolation } from '../../../shared/infrastructure/database/unique-violation';
import { findTeamMembership, teamMembershipsOfUser } from '../../../team';
import { CertificationCenterRepository } from '../infrastructure/certification-center.repository';
import { CertificationSessionRepository } from '../infrastructure/certification-session.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of session-management's use cases (centres, their sessions, the staff's centre
 * operations), made once per request from the request's entity manager
 * (`sessionManagementRepositories`): a use case reads and writes through them, never through the ORM,
 * so that it can run on in-memory fakes. The centre's memberships (team) and its school
 * (organizational-entities) are ports bound to the same entity manager; `transaction` runs its work
 * on repositories bound to one transaction, the audit row included.
 */
export interface SessionManagementRepositories {
  centers: Pick<CertificationCenterRepository, 'findById' | 'lock' | 'byIds' | 'create' | 'update' | 'archive' | 'search'>;
  sessions: Pick<CertificationSessionRepository, 'tryCreate' | 'findSummary' | 'lockSummary' | 'update' | 'delete' | 'pageOfCenter'>;
  /** The centres' teams (team's memberships of the CERTIFICATION_CENTER kind). */
  memberships: { find: Bound<typeof findTeamMembership>; ofUser: Bound<typeof teamMembershipsOfUser> };
  schools: { activeByUai: Bound<typeof findActiveSchoolByUai> };
  /** The audit row of a staff action, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  transaction<T>(work: (repositories: SessionManagementRepositories) => Promise<T>): Promise<T>;
  /** The write was refused by a unique index (the UAI of an active centre). */
  isUniqueViolation(error: unknown): boolean;
}

/** Reading centres, their sessions and teams (what enrolment's use cases need of session-management), on one entity manager. */
export function sessionReaders(em: EntityManager): Pick<SessionManagementRepositories, 'centers' | 'sessions' | 'memberships'> {
  return {
    centers: new CertificationCenterRepository(em),
    sessions: new CertificationSessionRepository(em),
    memberships: {
      find: (kind, teamId, userId) => findTeamMembership(em, kind, teamId, userId),
      ofUser: (kind, userId) => teamMembershipsOfUser(em, kind, userId),
    },
  };
}

export function sessionManagementRepositories(em: EntityManager, deps: { clock: Clock }): SessionManagementRepositories {
  return {
    ...sessionReaders(em),
    schools: { activeByUai: (uai) => findActiveSchoolByUai(em, uai) },
    audit: { record: (entry) => recordAuditEntry(em, deps.clock, entry) },
    transaction: (work) => em.transactional((tem) => work(sessionManagementRepositories(tem, deps))),
    isUniqueViolation,
  };
}
