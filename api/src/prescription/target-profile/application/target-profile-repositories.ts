import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../../audit-log';
import type { Clock } from '../../../shared/domain/clock';
import { TargetProfileAdminRepository } from '../infrastructure/target-profile-admin.repository';
import { TargetProfileRepository } from '../infrastructure/target-profile.repository';

/**
 * The repositories of the target profile use cases, made once per request from the request's entity
 * manager (`targetProfileRepositories`): a use case reads and writes through them, never through the
 * ORM, so that it can run on in-memory fakes. `transaction` runs its work on repositories bound to
 * one transaction, the audit row of the staff operation included.
 */
export interface TargetProfileRepositories {
  targetProfiles: Pick<TargetProfileRepository, 'findById' | 'availableTo'>;
  /** Pix Admin's side: search, details, locks and writes, attached organisations, campaigns using a profile. */
  administration: Pick<
    TargetProfileAdminRepository,
    | 'search'
    | 'extraDetails'
    | 'sharedOrganizations'
    | 'campaignsUsing'
    | 'existingOrganizationIds'
    | 'create'
    | 'lock'
    | 'isUsedByCampaigns'
    | 'updateDetails'
    | 'replaceTubes'
    | 'share'
    | 'unshare'
  >;
  /** The audit row of a staff action, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  transaction<T>(work: (repositories: TargetProfileRepositories) => Promise<T>): Promise<T>;
}

/** The target profile repositories on one entity manager (the request's or a transaction's). */
export function createTargetProfileRepositories(em: EntityManager, clock: Clock): TargetProfileRepositories {
  return {
    targetProfiles: new TargetProfileRepository(em),
    administration: new TargetProfileAdminRepository(em),
    audit: { record: (entry) => recordAuditEntry(em, clock, entry) },
    transaction: (work) => em.transactional((tem) => work(createTargetProfileRepositories(tem, clock))),
  };
}

const perRequest = new WeakMap<EntityManager, TargetProfileRepositories>();

/** The target profile use cases' repositories of a request, made once from its entity manager (forked per request). */
export function targetProfileRepositories(em: EntityManager, clock: Clock): TargetProfileRepositories {
  const known = perRequest.get(em);
  if (known) return known;
  const repositories = createTargetProfileRepositories(em, clock);
  perRequest.set(em, repositories);
  return repositories;
}
