/**
 * The join form's message for each refusal of the API (its error code), in the learner's words. An
 * unknown session and an identity that does not match share one neutral message (the API does not
 * tell them apart). Pure.
 */
export type JoinRefusal =
  | { key: 'candidateNotFound' }
  | { key: 'wrongAccessCode' }
  | { key: 'tooManyAttempts'; minutes: number }
  | { key: 'notCertifiable'; profileLink: true }
  | { key: 'sessionFinalized' }
  | { key: 'alreadyTaken' }
  | { key: 'otherAccount' }
  | null;

export function joinRefusalOf(code: string | undefined, retryAfterSeconds?: number): JoinRefusal {
  switch (code) {
    case 'CERTIFICATION_CANDIDATE_NOT_FOUND':
      return { key: 'candidateNotFound' };
    case 'CERTIFICATION_WRONG_ACCESS_CODE':
      return { key: 'wrongAccessCode' };
    case 'TOO_MANY_ATTEMPTS':
      return { key: 'tooManyAttempts', minutes: Math.max(1, Math.ceil((retryAfterSeconds ?? 60) / 60)) };
    case 'CERTIFICATION_NOT_CERTIFIABLE':
      return { key: 'notCertifiable', profileLink: true };
    case 'CERTIFICATION_SESSION_FINALIZED':
      return { key: 'sessionFinalized' };
    case 'CERTIFICATION_ALREADY_TAKEN':
      return { key: 'alreadyTaken' };
    case 'CERTIFICATION_CANDIDATE_OTHER_ACCOUNT':
      return { key: 'otherAccount' };
    default:
      return null;
  }
}

/** The session number as typed: digits only. */
export function normalizeSessionNumber(typed: string): string {
  return typed.replace(/\D/g, '');
}
