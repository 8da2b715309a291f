import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../audit-log';
import { anonymizeAccount, findAdministeredAccount, removeAccountLoginMethod, sendPasswordResetLink } from '../../identity-access-management';
import { bound } from '../../shared/domain/bound';
import type { Clock } from '../../shared/domain/clock';
import { readThrottleCounters, resetThrottleCounters } from '../../shared/infrastructure/throttle/throttle-state';
import { AnonymizationRepository } from './anonymization.repository';
import { UserOverviewRepository } from './user-overview.repository';

/**
 * The support team's repositories and identity-access-management's accounts, on one entity manager (the
 * request's, or a transaction's); the application's `UserAdministrationRepositories` types them and adds the transaction.
 */
export function userAdministrationPortsOn(em: EntityManager, clock: Clock) {
  return {
    accounts: {
      find: bound(findAdministeredAccount, em),
      removeLoginMethod: bound(removeAccountLoginMethod, em),
      anonymize: bound(anonymizeAccount, em),
      sendPasswordResetLink: bound(sendPasswordResetLink, em),
    },
    overview: new UserOverviewRepository(em),
    anonymization: new AnonymizationRepository(em),
    throttleCounters: { read: bound(readThrottleCounters, em), reset: bound(resetThrottleCounters, em) },
    audit: { record: (entry: AuditEntry) => recordAuditEntry(em, clock, entry) },
  };
}
