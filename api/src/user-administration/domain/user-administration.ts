import { AUDIT_REASON_MAX_LENGTH } from './limits';
import { BadUserInputError, ForbiddenError } from '../../shared/domain/errors';

/**
 * The rules of the support team's actions on an account (pure). Every action says why: the reason is
 * required, and it is kept in the audit log with the action.
 */
export function requiredReason(reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (!trimmed) throw new BadUserInputError('reason', 'userAdministration.errors.reasonRequired');
  if (trimmed.length > AUDIT_REASON_MAX_LENGTH) throw new BadUserInputError('reason', 'errors.field.tooLong', { max: AUDIT_REASON_MAX_LENGTH });
  return trimmed;
}

/**
 * Who may be anonymised: not a member of the platform team (their account is removed from the team
 * first, by another member), not oneself, not twice.
 */
export function assertAnonymizable(account: { id: number; platformRole: string | null; anonymizedAt: Date | null }, actorUserId: number): void {
  if (account.id === actorUserId) throw new ForbiddenError('userAdministration.errors.selfAnonymization');
  if (account.platformRole !== null) throw new ForbiddenError('userAdministration.errors.staffAnonymization');
  if (account.anonymizedAt !== null) throw new BadUserInputError('userId', 'userAdministration.errors.alreadyAnonymized');
}

/**
 * The ways into a platform team member's account are changed by a SUPER_ADMIN only: support
 * members do not lock each other (or their administrators) out.
 */
export function assertMayChangeLoginMethods(account: { platformRole: string | null }, actor: { platformRole: string | null }): void {
  if (account.platformRole !== null && actor.platformRole !== 'SUPER_ADMIN') throw new ForbiddenError('userAdministration.errors.staffLoginMethods');
}

/** The log-in throttle of an account: the worst of its counters (one per login: e-mail, username). */
export interface LogInThrottleState {
  attempts: number;
  maxAttempts: number;
  /** Until when log-ins are refused, null when they are not. */
  blockedUntil: Date | null;
  windowEndsAt: Date | null;
}

export function logInThrottleState(counters: readonly { attempts: number; maxAttempts: number; windowEndsAt: Date }[], now: Date): LogInThrottleState {
  const current = counters.filter((counter) => counter.windowEndsAt > now);
  const worst = current.reduce<(typeof current)[number] | null>((a, b) => (a === null || b.attempts / b.maxAttempts > a.attempts / a.maxAttempts ? b : a), null);
  if (!worst) return { attempts: 0, maxAttempts: counters[0]?.maxAttempts ?? 0, blockedUntil: null, windowEndsAt: null };
  return {
    attempts: worst.attempts,
    maxAttempts: worst.maxAttempts,
    blockedUntil: worst.attempts >= worst.maxAttempts ? worst.windowEndsAt : null,
    windowEndsAt: worst.windowEndsAt,
  };
}
