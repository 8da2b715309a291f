import { BadUserInputError } from '../../shared/domain/errors';

/**
 * The named actions recorded in the audit log. A name is stable once written (rows keep it): add
 * new ones, never rename. Pix Admin and certification jury actions will add theirs here.
 */
export const AUDIT_ACTIONS = [
  'ORGANIZATION_CREATED',
  'ORGANIZATION_MEMBER_ADDED',
  'CERTIFICATION_CENTER_CREATED',
  'CERTIFICATION_CENTER_MEMBER_ADDED',
  // Pix Admin: organisations and certification centres (issue 16).
  'ORGANIZATION_UPDATED',
  'ORGANIZATION_ARCHIVED',
  'ORGANIZATION_MEMBER_ROLE_CHANGED',
  'ORGANIZATION_MEMBER_REMOVED',
  'CERTIFICATION_CENTER_UPDATED',
  'CERTIFICATION_CENTER_ARCHIVED',
  'CERTIFICATION_CENTER_MEMBER_ROLE_CHANGED',
  'CERTIFICATION_CENTER_MEMBER_REMOVED',
  'API_CLIENT_CREATED',
  'API_CLIENT_SECRET_ROTATED',
  'API_CLIENT_REVOKED',
  'CERTIFICATION_SESSION_ASSIGNED',
  'CERTIFICATION_CHALLENGE_NEUTRALIZED',
  'CERTIFICATION_CHALLENGE_DENEUTRALIZED',
  'CERTIFICATION_CANCELLED',
  'CERTIFICATION_UNCANCELLED',
  'CERTIFICATION_REJECTED_FOR_FRAUD',
  'CERTIFICATION_UNREJECTED',
  'CERTIFICATION_JURY_COMMENTS_UPDATED',
  'CERTIFICATION_CANDIDATE_INFORMATION_UPDATED',
  'CERTIFICATION_SESSION_PUBLISHED',
  'CERTIFICATION_SESSION_UNPUBLISHED',
  'USER_UNBLOCKED',
  'USER_LOGIN_METHOD_REMOVED',
  'USER_PASSWORD_RESET_EMAIL_SENT',
  'USER_ANONYMIZED',
  'API_CLIENT_UPDATED',
  // Pix Admin: target profiles (issue 16).
  'TARGET_PROFILE_CREATED',
  'TARGET_PROFILE_COPIED',
  'TARGET_PROFILE_UPDATED',
  'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS',
  'TARGET_PROFILE_DETACHED_FROM_ORGANIZATIONS',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an action changed. */
export const AUDIT_TARGET_TYPES = ['ORGANIZATION', 'MEMBERSHIP', 'CERTIFICATION_CENTER', 'CERTIFICATION_CENTER_MEMBERSHIP', 'API_CLIENT', 'CERTIFICATION_SESSION', 'CERTIFICATION_COURSE', 'USER', 'TARGET_PROFILE'] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];

export type AuditSnapshot = Record<string, unknown>;

/** One recorded action: who did what to which target, with the target before (null: created) and after (null: deleted). */
export interface AuditEntry {
  actorUserId: number;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | number;
  organizationId: number | null;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  comment?: string | null;
}

/** A recorded entry, as the audit log reads it back. */
export interface AuditLogRow {
  id: string;
  occurredAt: Date;
  actorUserId: number;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  organizationId: number | null;
  before: AuditSnapshot | null;
  after: AuditSnapshot | null;
  comment: string | null;
  /** The target's name when it is an account, an organisation or a centre (read with the page). */
  targetName?: string | null;
}

/** What the audit log is searched by (Pix Admin's "Journal d'audit"); every field is optional. */
export interface AuditLogFilter {
  /** An account id, or words of the actor's names, e-mail or username. */
  actor?: string | null;
  action?: AuditAction | null;
  targetType?: AuditTargetType | null;
  targetId?: string | null;
  /** Words of the target's name (an account, an organisation, a centre). */
  target?: string | null;
  organizationId?: number | null;
  /** From this instant (included) to this one (excluded). */
  from?: Date | null;
  to?: Date | null;
}

export const AUDIT_COMMENT_MAX_LENGTH = 2000;

/** The staff's reason, as typed (trimmed; empty means none); a clear error when too long. */
export function auditComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  if (trimmed.length > AUDIT_COMMENT_MAX_LENGTH) throw new BadUserInputError('comment', 'errors.field.tooLong', { max: AUDIT_COMMENT_MAX_LENGTH });
  return trimmed || null;
}
