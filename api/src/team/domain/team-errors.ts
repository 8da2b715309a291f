import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { TEAM_KINDS, type TeamKind } from './team';

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

/** An organisation, or a centre, keeps at least one administrator. */
export class LastAdminError extends DomainError {
  constructor(kind: TeamKind = 'ORGANIZATION') {
    super(ErrorCode.LAST_ADMIN, TEAM_KINDS[kind].lastAdminKey);
  }
}
