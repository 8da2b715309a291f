import type { AuditLogFilter, AuditLogRow } from '../domain/audit-entry';
import type { AuditLogRepositories } from './dependencies';

/** The staff actions on an organisation, newest first (the operation is declared for the platform team only). */
export function organizationAuditLog(
  repositories: AuditLogRepositories,
  organizationId: number,
  window: { limit: number; offset: number },
): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
  return repositories.auditLog.pageOfOrganization(organizationId, window);
}

/** Pix Admin's audit log: every staff action matching the filter, newest first (the operation declares who). */
export function searchAuditLog(repositories: AuditLogRepositories, filter: AuditLogFilter, window: { limit: number; offset: number }): Promise<{ rows: AuditLogRow[]; totalCount: number }> {
  return repositories.auditLog.page(filter, window);
}
