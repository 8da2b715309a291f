import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../audit-log';
import { certificationResultsOfSchool } from '../../certification/results';
import { accountForSession, accountOfGarIdentity, issueSession, loginMethodsOfAccounts } from '../../identity-access-management';
import { findActiveSchoolByUai } from '../../organizational-entities';
import { reconcileGarPupil } from '../../prescription/campaign-participation';
import { sharedResultsOfOrganization } from '../../prescription/campaign-results';
import { learnerRecords, schoolLearnerRecords } from '../../prescription/learner-management';
import type { Clock } from '../../shared/domain/clock';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { ApiClientRepository } from './api-client.repository';
import { SamlAssertionsRepository } from './saml-assertions.repository';
import { bound } from '../../shared/domain/bound';


/**
 * The integrators' repositories and their ports to the other contexts, on one entity manager (the
 * request's, or a transaction's); the application adds `transaction` and states the narrow type its use
 * cases see (`IntegrationRepositories`).
 */
export function integrationPortsOn(em: EntityManager, clock: Clock) {
  return {
    apiClients: new ApiClientRepository(em),
    throttle: new Throttle(em, clock),
    audit: { record: (entry: AuditEntry) => recordAuditEntry(em, clock, entry) },
    usedAssertions: new SamlAssertionsRepository(em),
    schools: { activeByUai: bound(findActiveSchoolByUai, em) },
    learners: { ofSchool: bound(schoolLearnerRecords, em), byIds: bound(learnerRecords, em) },
    accounts: {
      loginMethods: bound(loginMethodsOfAccounts, em),
      ofGarIdentity: bound(accountOfGarIdentity, em),
      forSession: bound(accountForSession, em),
      issueSession: bound(issueSession, em),
    },
    campaignResults: { sharedOf: bound(sharedResultsOfOrganization, em) },
    certificationResults: { ofSchool: bound(certificationResultsOfSchool, em) },
    garPupils: { reconcile: bound(reconcileGarPupil, em) },
  };
}
