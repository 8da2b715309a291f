import { DomainError, ErrorCode } from '../../../shared/domain/errors';
import { alreadyLinkedMessageKey, type LinkedAccountHint } from './linked-account';
import type { ParticipationStatus } from './participation';

/** A campaign of a school managing its pupils: the learner must first find themself among its pupils. */
export class ReconciliationRequiredError extends DomainError {
  constructor() {
    super(ErrorCode.RECONCILIATION_REQUIRED, 'errors.participation.reconciliationRequired');
  }
}

export class NoMatchingPupilError extends DomainError {
  constructor() {
    super(ErrorCode.RECONCILIATION_NO_MATCH, 'errors.reconciliation.noMatch');
  }
}

export class AmbiguousPupilError extends DomainError {
  constructor() {
    super(ErrorCode.RECONCILIATION_AMBIGUOUS, 'errors.reconciliation.ambiguous');
  }
}

/** The pupil is linked to another account: how that account logs in, masked, nothing else. */
export class PupilAlreadyLinkedError extends DomainError {
  constructor(hint: LinkedAccountHint) {
    super(
      ErrorCode.LEARNER_ALREADY_LINKED,
      alreadyLinkedMessageKey(hint),
      { email: hint.maskedEmail ?? '', username: hint.username ?? '' },
      { connectionMethods: hint.connectionMethods, maskedEmail: hint.maskedEmail, username: hint.username },
    );
  }
}

/** The account is already linked to another pupil of the same school. */
export class AccountAlreadyLinkedError extends DomainError {
  constructor() {
    super(ErrorCode.ACCOUNT_ALREADY_LINKED, 'errors.reconciliation.accountAlreadyLinked');
  }
}

/**
 * The account is already linked to a pupil of this school: nothing to find. The same answer whatever
 * was typed (it compares nothing), which never says that the account was linked now.
 */
export class AlreadyOneOfThePupilsError extends DomainError {
  constructor(organizationName: string) {
    super(ErrorCode.ACCOUNT_ALREADY_LINKED, 'errors.reconciliation.alreadyOneOfThePupils', { organizationName });
  }
}

/** A second participation where it is not allowed; the existing one is named so the app can go to it. */
export class AlreadyParticipatedError extends DomainError {
  constructor(participationId: number, status: ParticipationStatus) {
    super(
      ErrorCode.ALREADY_PARTICIPATED,
      status === 'SHARED' ? 'errors.participation.alreadyShared' : 'errors.participation.waitingToBeShared',
      {},
      { participationId: String(participationId), status },
    );
  }
}

export class ParticipationNotFinishedError extends DomainError {
  constructor() {
    super(ErrorCode.PARTICIPATION_NOT_FINISHED, 'errors.participation.notFinished');
  }
}
