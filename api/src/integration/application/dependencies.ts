import type { AuditEntry } from '../../audit-log';
import type { certificationResultsOfSchool } from '../../certification/results';
import type { accountForSession, accountOfGarIdentity, issueSession, loginMethodsOfAccounts } from '../../identity-access-management';
import type { findActiveSchoolByUai } from '../../organizational-entities';
import type { reconcileGarPupil } from '../../prescription/campaign-participation';
import type { sharedResultsOfOrganization } from '../../prescription/campaign-results';
import type { learnerRecords, schoolLearnerRecords } from '../../prescription/learner-management';
import type { Clock } from '../../shared/domain/clock';
import type { ThrottleSettings } from '../../shared/domain/throttle-policy';
import type { Throttle } from '../../shared/infrastructure/throttle/throttle';
import type { ApiClientRepository } from '../infrastructure/api-client.repository';
import type { ClientTokenService } from '../infrastructure/client-token-service';
import type { SamlAssertionsRepository } from '../infrastructure/saml-assertions.repository';
import type { GarDependencies } from './gar-sign-in.usecases';
import type { Bound } from '../../shared/domain/bound';

/** What the integrators' use cases need, made once at start. */
export interface IntegrationDependencies {
  clock: Clock;
  tokens: ClientTokenService;
  throttle: ThrottleSettings;
  /** The GAR's single sign-on; null when GAR_IDP_METADATA is unset. */
  gar: GarDependencies | null;
}

/**
 * The repositories of the integrators' use cases, made once per request (`integrationRepositories`)
 * from the request's entity manager: a use case reads and writes through them, never through the ORM,
 * so that it can run on in-memory fakes. The other contexts' reads and writes come through ports
 * bound to the same entity manager (their public surface). `transaction` runs its work on repositories
 * bound to one transaction (a client and its audit row, nothing half-written).
 */
export interface IntegrationRepositories {
  apiClients: Pick<ApiClientRepository, 'insert' | 'byClientId' | 'lockByClientId' | 'rotateSecret' | 'update' | 'revoke' | 'list' | 'admitCall'>;
  /** Counts the attempts of throttled operations (token requests, client calls). */
  throttle: Pick<Throttle, 'admit'>;
  /** The audit row of a staff action, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  /** The SAML assertions and GAR first-time tokens already used. */
  usedAssertions: Pick<SamlAssertionsRepository, 'useOnce' | 'release'>;
  /** organizational-entities: the active school of a UAI. */
  schools: { activeByUai: Bound<typeof findActiveSchoolByUai> };
  /** learner-management: a school's pupils' records, a page or by ids. */
  learners: { ofSchool: Bound<typeof schoolLearnerRecords>; byIds: Bound<typeof learnerRecords> };
  /** identity-access-management: how accounts log in, the GAR identity's account, its session. */
  accounts: {
    loginMethods: Bound<typeof loginMethodsOfAccounts>;
    ofGarIdentity: Bound<typeof accountOfGarIdentity>;
    forSession: Bound<typeof accountForSession>;
    issueSession: Bound<typeof issueSession>;
  };
  /** campaign-results: the shared results of an organisation's campaigns. */
  campaignResults: { sharedOf: Bound<typeof sharedResultsOfOrganization> };
  /** certification/results: a school's certification results. */
  certificationResults: { ofSchool: Bound<typeof certificationResultsOfSchool> };
  /** campaign-participation: a GAR pupil found among the campaign's school's pupils, logged in. */
  garPupils: { reconcile: Bound<typeof reconcileGarPupil> };
  transaction<T>(work: (repositories: IntegrationRepositories) => Promise<T>): Promise<T>;
}
