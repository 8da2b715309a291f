import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLogRow } from '../domain/audit-entry';
import { AuditLogRepository } from '../infrastructure/audit-log.repository';

/** The staff actions on an organisation, newest first (the operation is declared for the platform team only). */
export function organizationAuditLog(
  em: EntityManager,
  organizationId: number,
  window: { limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
  return new AuditLogRepository(em).pageOfOrganization(organizationId, window);
}
