/** The longest reason a staff member may give (the audit log's comment column checks the same). */
export const AUDIT_REASON_MAX_LENGTH = 2000;
