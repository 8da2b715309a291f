import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../audit-log';
import type { Clock } from '../../shared/domain/clock';
import { isUniqueViolation } from '../../shared/infrastructure/database/unique-violation';
import { OrganizationRepository } from '../infrastructure/organization.repository';
import { TagRepository } from '../infrastructure/tag.repository';

/**
 * What archiving an organisation does elsewhere, in the same transaction: its campaigns are
 * archived. Organisations do not import campaigns (campaigns depend on organisations): the
 * composition root gives prescription/campaign's function (platform.ts, `services.organizationArchival`).
 */
export interface OrganizationArchival {
  archiveCampaignsOf(em: EntityManager, organizationId: number, at: Date): Promise<number>;
}

/**
 * The repositories of the organisation use cases, made once per request from the request's entity
 * manager (`organizationRepositories`): a use case reads and writes through them, never through the
 * ORM, so that it can run on in-memory fakes. `transaction` runs its work on repositories bound to
 * one transaction, the audit row and the campaigns archived with the organisation included.
 */
export interface OrganizationRepositories {
  organizations: Pick<OrganizationRepository, 'findById' | 'lock' | 'create' | 'update' | 'archive' | 'search'>;
  tags: Pick<TagRepository, 'all' | 'existing' | 'ofOrganizations' | 'replace'>;
  /** The audit row of a staff action, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  /** Archives the organisation's campaigns (prescription's, through the composition root's port); how many. */
  campaigns: { archiveOf(organizationId: number, at: Date): Promise<number> };
  transaction<T>(work: (repositories: OrganizationRepositories) => Promise<T>): Promise<T>;
  /** The write was refused by a unique index (the UAI of an active organisation). */
  isUniqueViolation(error: unknown): boolean;
}

export function organizationRepositories(em: EntityManager, deps: { clock: Clock; archival: OrganizationArchival }): OrganizationRepositories {
  return {
    organizations: new OrganizationRepository(em),
    tags: new TagRepository(em),
    audit: { record: (entry) => recordAuditEntry(em, deps.clock, entry) },
    campaigns: { archiveOf: (organizationId, at) => deps.archival.archiveCampaignsOf(em, organizationId, at) },
    transaction: (work) => em.transactional((tem) => work(organizationRepositories(tem, deps))),
    isUniqueViolation,
  };
}
