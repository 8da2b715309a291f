/**
 * Domain errors carry a stable code (exposed in the schema as the ErrorCode enum and in
 * `extensions.code`) and an i18n key: the message is translated at the edge, in the viewer's language.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  EMAIL_ALREADY_USED = 'EMAIL_ALREADY_USED',
  INVALID_TOKEN = 'INVALID_TOKEN',
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  QUERY_TOO_LARGE = 'QUERY_TOO_LARGE',
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  NOT_CURRENT_CHALLENGE = 'NOT_CURRENT_CHALLENGE',
  ASSESSMENT_COMPLETED = 'ASSESSMENT_COMPLETED',
  RETRY_NOT_AVAILABLE = 'RETRY_NOT_AVAILABLE',
  RESET_NOT_AVAILABLE = 'RESET_NOT_AVAILABLE',
  INVITATION_INVALID = 'INVITATION_INVALID',
  INVITATION_SELF_ACCEPT = 'INVITATION_SELF_ACCEPT',
  LAST_ADMIN = 'LAST_ADMIN',
  RECONCILIATION_REQUIRED = 'RECONCILIATION_REQUIRED',
  RECONCILIATION_NO_MATCH = 'RECONCILIATION_NO_MATCH',
  RECONCILIATION_AMBIGUOUS = 'RECONCILIATION_AMBIGUOUS',
  LEARNER_ALREADY_LINKED = 'LEARNER_ALREADY_LINKED',
  ACCOUNT_ALREADY_LINKED = 'ACCOUNT_ALREADY_LINKED',
  ALREADY_PARTICIPATED = 'ALREADY_PARTICIPATED',
  PARTICIPATION_NOT_FINISHED = 'PARTICIPATION_NOT_FINISHED',
  CERTIFICATION_CANDIDATE_NOT_FOUND = 'CERTIFICATION_CANDIDATE_NOT_FOUND',
  CERTIFICATION_WRONG_ACCESS_CODE = 'CERTIFICATION_WRONG_ACCESS_CODE',
  CERTIFICATION_NOT_CERTIFIABLE = 'CERTIFICATION_NOT_CERTIFIABLE',
  CERTIFICATION_SESSION_FINALIZED = 'CERTIFICATION_SESSION_FINALIZED',
  CERTIFICATION_ALREADY_TAKEN = 'CERTIFICATION_ALREADY_TAKEN',
  CERTIFICATION_CANDIDATE_OTHER_ACCOUNT = 'CERTIFICATION_CANDIDATE_OTHER_ACCOUNT',
  CERTIFICATION_NOT_AUTHORIZED = 'CERTIFICATION_NOT_AUTHORIZED',
  CERTIFICATION_TIME_OVER = 'CERTIFICATION_TIME_OVER',
  CERTIFICATION_ENDED = 'CERTIFICATION_ENDED',
  CERTIFICATION_SESSION_NOT_TAKEN_PLACE = 'CERTIFICATION_SESSION_NOT_TAKEN_PLACE',
  INVIGILATOR_ACCESS_REFUSED = 'INVIGILATOR_ACCESS_REFUSED',
  /** Integrators (docs/integrators.md): the token lacks the operation's scope. */
  SCOPE_MISSING = 'SCOPE_MISSING',
  /** Integrators: the school (UAI) is not among the client's. */
  UAI_NOT_ALLOWED = 'UAI_NOT_ALLOWED',
  /** An integrators' operation called with a learner's or a staff member's token. */
  INTEGRATOR_TOKEN_REQUIRED = 'INTEGRATOR_TOKEN_REQUIRED',
  /** An integrator's token on an operation that is not an integrators' one. */
  INTEGRATOR_OPERATION_FORBIDDEN = 'INTEGRATOR_OPERATION_FORBIDDEN',
  /** The client was revoked. */
  API_CLIENT_REVOKED = 'API_CLIENT_REVOKED',
  /** The client's secret was rotated since this token was issued. */
  API_CLIENT_TOKEN_OUTDATED = 'API_CLIENT_TOKEN_OUTDATED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export type MessageParams = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: MessageParams = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(messageKey);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(messageKey = 'errors.unauthenticated') {
    super(ErrorCode.UNAUTHENTICATED, messageKey);
  }
}

export class ForbiddenError extends DomainError {
  constructor(messageKey = 'errors.forbidden') {
    super(ErrorCode.FORBIDDEN, messageKey);
  }
}

export class NotFoundError extends DomainError {
  constructor(messageKey = 'errors.notFound') {
    super(ErrorCode.NOT_FOUND, messageKey);
  }
}

/** A bad input names the field to fix. */
export class BadUserInputError extends DomainError {
  constructor(readonly field: string, messageKey: string, params: MessageParams = {}) {
    super(ErrorCode.BAD_USER_INPUT, messageKey, params, { field });
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(
      ErrorCode.TOO_MANY_ATTEMPTS,
      'errors.tooManyAttempts',
      { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) },
      { retryAfterSeconds },
    );
  }
}
