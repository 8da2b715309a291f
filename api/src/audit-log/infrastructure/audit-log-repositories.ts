import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditLogRepository } from './audit-log.repository';

/** The audit log's repositories on one entity manager (the request's); the application's `AuditLogRepositories` types them. */
export function auditLogPortsOn(em: EntityManager) {
  return { auditLog: new AuditLogRepository(em) };
}
