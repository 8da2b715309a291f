/**
 * Throttling of the operations a guesser would repeat (passwords, codes, identities, e-mails sent), pure.
 *
 * Every throttled operation counts its attempt FIRST, in one atomic statement, and is refused before any
 * check once the counter of its window is spent: parallel requests cannot all slip between a check and
 * a count. What is counted is an attempt that has not proved itself legitimate:
 * - `refundOnSuccess` operations (log-in, reconciliation, campaign and invitation codes) give their attempt back when
 *   they succeed, so the counter holds the failures plus the attempts still in flight. A pupil who logs
 *   in twenty times a day, or a class of thirty behind the school's one address, is never locked by its
 *   own successes; an attacker's failures are never erased by someone else's success (one success gives
 *   back one attempt, not the whole counter).
 * - the other operations (sign-up, password reset, activation request) count every request: each one
 *   writes an account or sends an e-mail, which is what is limited.
 * A window opens with the first attempt and lasts `windowSeconds`; a refused caller is told when it ends.
 */

/** The limits read from the settings (THROTTLE_* environment variables). */
export interface ThrottleSettings {
  /** Failed attempts per account (log-in, reconciliation) in the window. */
  accountFailures: number;
  /** Failed attempts per address (and per kind of operation) in the window. */
  addressFailures: number;
  windowSeconds: number;
}

/** What is counted, 32 characters at most. */
export type ThrottleScope =
  | 'login_account'
  | 'login_address'
  | 'reconcile_account'
  | 'reconcile_address'
  | 'campaign_code_address'
  | 'invitation_code_account'
  | 'activation_address'
  | 'activation_school'
  | 'password_reset_address'
  | 'password_reset_email'
  | 'sign_up_address'
  | 'sign_up_email'
  | 'certif_access_code_session'
  | 'certif_access_code_address'
  | 'invigilator_password_session'
  | 'invigilator_password_address'
  | 'client_token_address'
  | 'certificate_verify_address'
  | 'api_client_calls';

export interface ThrottleRule {
  scope: ThrottleScope;
  maxAttempts: number;
  windowSeconds: number;
  /** A success gives its attempt back (the counter holds failures and attempts in flight). */
  refundOnSuccess: boolean;
}

const HOUR = 3600;
const DAY = 24 * HOUR;

/** Requests for a school's activation e-mail: per address and per school (its mailbox is the target). */
export const ACTIVATION_LIMITS = { perAddressPerHour: 10, perSchoolPerDay: 5 } as const;
/** Reset links sent to one address in an hour: a person who lost a message asks again once or twice. */
export const PASSWORD_RESET_PER_EMAIL_PER_HOUR = 3;
/**
 * Joining attempts on one certification session in the window (failures and attempts in flight): a room
 * of candidates joins at the same moment, so the limit is above a class, far below what guessing a
 * 6-character access code (and an identity) would need.
 */
export const CERTIFICATION_JOIN_ATTEMPTS_PER_SESSION = 50;
/** Sign-ups tried with one e-mail address in the window. */
export const SIGN_UP_PER_EMAIL = 5;

/** The rules of every throttled operation, from the settings. */
export function throttleRules(settings: ThrottleSettings) {
  const { accountFailures, addressFailures, windowSeconds } = settings;
  const rule = (scope: ThrottleScope, maxAttempts: number, window: number, refundOnSuccess: boolean): ThrottleRule => ({
    scope,
    maxAttempts: Math.max(1, maxAttempts),
    windowSeconds: Math.max(1, window),
    refundOnSuccess,
  });
  return {
    logInAccount: rule('login_account', accountFailures, windowSeconds, true),
    logInAddress: rule('login_address', addressFailures, windowSeconds, true),
    reconcileAccount: rule('reconcile_account', accountFailures, windowSeconds, true),
    reconcileAddress: rule('reconcile_address', addressFailures, windowSeconds, true),
    campaignCodeAddress: rule('campaign_code_address', addressFailures, windowSeconds, true),
    invitationCodeAccount: rule('invitation_code_account', accountFailures, windowSeconds, true),
    activationAddress: rule('activation_address', ACTIVATION_LIMITS.perAddressPerHour, HOUR, false),
    activationSchool: rule('activation_school', ACTIVATION_LIMITS.perSchoolPerDay, DAY, false),
    passwordResetAddress: rule('password_reset_address', addressFailures, windowSeconds, false),
    passwordResetEmail: rule('password_reset_email', PASSWORD_RESET_PER_EMAIL_PER_HOUR, HOUR, false),
    signUpAddress: rule('sign_up_address', addressFailures, windowSeconds, false),
    signUpEmail: rule('sign_up_email', SIGN_UP_PER_EMAIL, windowSeconds, false),
    // Joining a certification session (identity + access code) and supervising one (its password): the
    // failures per session (a guesser trying codes on one room) and per address.
    certificationAccessCodeSession: rule('certif_access_code_session', CERTIFICATION_JOIN_ATTEMPTS_PER_SESSION, windowSeconds, true),
    certificationAccessCodeAddress: rule('certif_access_code_address', addressFailures, windowSeconds, true),
    invigilatorPasswordSession: rule('invigilator_password_session', accountFailures, windowSeconds, true),
    invigilatorPasswordAddress: rule('invigilator_password_address', addressFailures, windowSeconds, true),
  } satisfies Record<string, ThrottleRule>;
}

export type ThrottleRules = ReturnType<typeof throttleRules>;

/** Token requests of integrators with a wrong secret, per address (a success gives its attempt back). */
export function clientTokenAddressRule(settings: ThrottleSettings): ThrottleRule {
  return { scope: 'client_token_address', maxAttempts: Math.max(1, settings.addressFailures), windowSeconds: Math.max(1, settings.windowSeconds), refundOnSuccess: true };
}

/**
 * Public verifications of a certificate by code, per address: every code that finds nothing stays
 * counted (a found one is given back), so that guessing codes is slower than the code space allows.
 */
export function certificateVerificationRule(settings: ThrottleSettings): ThrottleRule {
  return { scope: 'certificate_verify_address', maxAttempts: Math.max(1, settings.addressFailures), windowSeconds: Math.max(1, settings.windowSeconds), refundOnSuccess: true };
}

/** An integrator's calls: its own limit per minute (api_clients.rate_limit_per_minute), every call counted. */
export function apiClientCallsRule(perMinute: number): ThrottleRule {
  return { scope: 'api_client_calls', maxAttempts: Math.max(1, perMinute), windowSeconds: 60, refundOnSuccess: false };
}

/** Keys are at most 255 characters (a longer typed login is cut, as the column is). */
export function throttleKey(value: string): string {
  return value.trim().toLowerCase().slice(0, 255);
}

/** Whole seconds until a window ends (at least 1 for a refused attempt). */
export function secondsUntil(windowEndsAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((windowEndsAt.getTime() - now.getTime()) / 1000));
}
