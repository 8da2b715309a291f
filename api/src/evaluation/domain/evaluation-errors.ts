import { DomainError, ErrorCode } from '../../shared/domain/errors';

export class NotCurrentChallengeError extends DomainError {
  /** `currentChallengeId`: the opaque id the API shows (never the readable reference). */
  constructor(currentChallengeId: string | null) {
    super(ErrorCode.NOT_CURRENT_CHALLENGE, 'errors.notCurrentChallenge', {}, { currentChallengeId });
  }
}

export class AssessmentCompletedError extends DomainError {
  constructor() {
    super(ErrorCode.ASSESSMENT_COMPLETED, 'errors.assessmentCompleted');
  }
}

export class RetryNotAvailableError extends DomainError {
  constructor(inDays: number | null) {
    super(
      ErrorCode.RETRY_NOT_AVAILABLE,
      inDays === null ? 'errors.retryNotPossible' : 'errors.retryNotAvailable',
      { days: inDays ?? 0 },
      { availableInDays: inDays },
    );
  }
}

export class ResetNotAvailableError extends DomainError {
  constructor(inDays: number | null) {
    super(
      ErrorCode.RESET_NOT_AVAILABLE,
      inDays === null ? 'errors.resetNotPossible' : 'errors.resetNotAvailable',
      { days: inDays ?? 0 },
      { availableInDays: inDays },
    );
  }
}
