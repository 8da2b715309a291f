import type { AuditLogRepository } from '../infrastructure/audit-log.repository';

/**
 * The repositories of the audit log's reads, made once per request (`auditLogRepositories`) from the
 * request's entity manager: the use cases read through them, never through the ORM, so that they can
 * run on in-memory fakes. (The audit rows are written by `recordAuditEntry`, in the transaction of the
 * change they record: other contexts call it with their transaction's entity manager.)
 */
export interface AuditLogRepositories {
  auditLog: Pick<AuditLogRepository, 'page' | 'pageOfOrganization'>;
}
