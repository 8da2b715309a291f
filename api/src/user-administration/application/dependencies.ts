import type { AuditEntry } from '../../audit-log';
import type { anonymizeAccount, findAdministeredAccount, IamDependencies, removeAccountLoginMethod, sendPasswordResetLink } from '../../identity-access-management';
import type { readThrottleCounters, resetThrottleCounters } from '../../shared/infrastructure/throttle/throttle-state';
import type { AnonymizationRepository } from '../infrastructure/anonymization.repository';
import type { UserOverviewRepository } from '../infrastructure/user-overview.repository';
import type { Bound } from '../../shared/domain/bound';

/** What the support team's use cases need from the outside, injected once at start (identity-access-management's). */
export type UserAdministrationDependencies = Pick<IamDependencies, 'clock' | 'throttle' | 'sessions' | 'mailer' | 'publicUrl' | 'passwordResetTtlSeconds'>;

/**
 * The repositories of the support team's use cases, made once per request
 * (`userAdministrationRepositories`) from the request's entity manager: a use case reads and writes
 * through them, never through the ORM, so that it can run on in-memory fakes. The accounts are
 * identity-access-management's (its public surface, bound to the same entity manager). `transaction`
 * runs its work on repositories bound to one transaction, the audit row included.
 */
export interface UserAdministrationRepositories {
  accounts: {
    find: Bound<typeof findAdministeredAccount>;
    removeLoginMethod: Bound<typeof removeAccountLoginMethod>;
    anonymize: Bound<typeof anonymizeAccount>;
    /** A reset link and its e-mail in the outbox, written with the rest of the transaction. */
    sendPasswordResetLink: Bound<typeof sendPasswordResetLink>;
  };
  overview: Pick<UserOverviewRepository, 'sections'>;
  anonymization: Pick<AnonymizationRepository, 'anonymizeLinks'>;
  /** The shared throttle's counters of an account (its log-in ones). */
  throttleCounters: { read: Bound<typeof readThrottleCounters>; reset: Bound<typeof resetThrottleCounters> };
  /** The audit row of a staff action, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  transaction<T>(work: (repositories: UserAdministrationRepositories) => Promise<T>): Promise<T>;
}
