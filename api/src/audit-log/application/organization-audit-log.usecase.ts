import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLogFilter, AuditLogRow } from '../domain/audit-entry';
import { AuditLogRepository } from '../infrastructure/audit-log.repository';

/** The staff actions on an organisation, newest first (the operation is declared for the platform team only). */
export function organizationAuditLog(
  em: EntityManager,
  organizationId: number,
  window: { limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
  return new AuditLogRepository(em).pageOfOrganization(organizationId, window);
}

/** Pix Admin's audit log: every staff action matching the filter, newest first (the operation declares who). */
export function searchAuditLog(em: EntityManager, filter: AuditLogFilter, window: { limit: number; offset: number }): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
  return new AuditLogRepository(em).page(filter, window);
}
