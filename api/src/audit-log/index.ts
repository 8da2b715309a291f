/**
 * The audit log: what other contexts may use. Staff operations on an organisation's data (and later
 * Pix Admin and certification jury actions) record themselves with `recordAuditEntry`, inside the
 * transaction of their change.
 */
export { recordAuditEntry } from './application/record-audit-entry';
export { auditComment, AUDIT_COMMENT_MAX_LENGTH, type AuditAction, type AuditEntry, type AuditSnapshot, type AuditTargetType } from './domain/audit-entry';
