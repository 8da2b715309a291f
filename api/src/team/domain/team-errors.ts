import { DomainError, ErrorCode } from '../../shared/domain/errors';

export class InvitationInvalidError extends DomainError {
  constructor() {
    super(ErrorCode.INVITATION_INVALID, 'errors.invitationInvalid');
  }
}

/** A membership is given by someone else: an invitation may not be accepted by the person who sent it. */
export class InvitationSelfAcceptError extends DomainError {
  constructor() {
    super(ErrorCode.INVITATION_SELF_ACCEPT, 'errors.invitationSelfAccept');
  }
}

/** An organisation keeps at least one administrator. */
export class LastAdminError extends DomainError {
  constructor() {
    super(ErrorCode.LAST_ADMIN, 'errors.lastAdmin');
  }
}
