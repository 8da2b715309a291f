import { DomainError, ErrorCode } from '../../../shared/domain/errors';

/** No candidate with that identity in that session, or no such session: the same refusal (nothing revealed). */
export class CandidateNotFoundError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_CANDIDATE_NOT_FOUND, 'errors.certificationTest.candidateNotFound');
  }
}

export class WrongAccessCodeError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_WRONG_ACCESS_CODE, 'errors.certificationTest.wrongAccessCode');
  }
}

export class NotCertifiableError extends DomainError {
  constructor(certifiableCompetencesCount: number, reason: 'COMPETENCES' | 'QUESTIONS') {
    super(
      ErrorCode.CERTIFICATION_NOT_CERTIFIABLE,
      reason === 'COMPETENCES' ? 'errors.certificationTest.notCertifiable' : 'errors.certificationTest.notEnoughQuestions',
      { count: certifiableCompetencesCount },
      { certifiableCompetencesCount, reason },
    );
  }
}

export class SessionFinalizedError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_SESSION_FINALIZED, 'errors.certificationTest.sessionFinalized');
  }
}

export class AlreadyTakenError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_ALREADY_TAKEN, 'errors.certificationTest.alreadyTaken');
  }
}

export class CandidateOfOtherAccountError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_CANDIDATE_OTHER_ACCOUNT, 'errors.certificationTest.otherAccount');
  }
}

export class NotAuthorizedToAnswerError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_NOT_AUTHORIZED, 'errors.certificationTest.notAuthorized');
  }
}

export class TimeOverError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_TIME_OVER, 'errors.certificationTest.timeOver');
  }
}

export class CertificationEndedError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_ENDED, 'errors.certificationTest.ended');
  }
}

export class SessionNotTakenPlaceError extends DomainError {
  constructor() {
    super(ErrorCode.CERTIFICATION_SESSION_NOT_TAKEN_PLACE, 'errors.certificationTest.notTakenPlace');
  }
}

export class InvigilatorAccessRefusedError extends DomainError {
  constructor(messageKey = 'errors.certificationTest.invigilatorRefused') {
    super(ErrorCode.INVIGILATOR_ACCESS_REFUSED, messageKey);
  }
}
