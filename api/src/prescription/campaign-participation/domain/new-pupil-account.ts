import { assertValidEmail, assertValidPassword } from '../../../shared/domain/account-rules';
import { BadUserInputError, DomainError, ErrorCode } from '../../../shared/domain/errors';
import type { LinkedAccountHint } from './linked-account';

/**
 * A pupil without a Pix account arrives on a campaign of their school (domain.md §5, §6): the account
 * they create, with a username (`prenom.nomJJMM`, no e-mail) or with an e-mail address, pure.
 */
export interface NewPupilAccountRequest {
  withUsername: boolean;
  email?: string | null;
  password: string;
  cgu: boolean;
}

export type ValidNewPupilAccount = { withUsername: true; email: null; password: string } | { withUsername: false; email: string; password: string };

/** Checks the account part of the form in its order (e-mail, password, terms of use); each error names its field. */
export function validateNewPupilAccount(request: NewPupilAccountRequest): ValidNewPupilAccount {
  let email: string | null = null;
  if (request.withUsername) {
    // A username account has no address: the choice of the form must be explicit.
    if (request.email?.trim()) throw new BadUserInputError('email', 'errors.accountCreation.emailWithUsername');
  } else {
    email = assertValidEmail(request.email ?? '');
  }
  assertValidPassword(request.password);
  if (request.cgu !== true) throw new BadUserInputError('cgu', 'errors.field.cguNotAccepted');
  return email === null ? { withUsername: true, email: null, password: request.password } : { withUsername: false, email, password: request.password };
}

/** The i18n key that tells a visitor without an account how the pupil's existing account logs in. */
export function existingAccountMessageKey(hint: LinkedAccountHint): string {
  const methods = hint.connectionMethods;
  if (methods.includes('EMAIL') && methods.includes('USERNAME')) return 'errors.accountCreation.pupilHasAccount.emailOrUsername';
  if (methods.includes('EMAIL')) return 'errors.accountCreation.pupilHasAccount.email';
  if (methods.includes('USERNAME')) return 'errors.accountCreation.pupilHasAccount.username';
  if (methods.includes('GAR')) return 'errors.accountCreation.pupilHasAccount.gar';
  return 'errors.accountCreation.pupilHasAccount.other';
}

/**
 * The pupil already has an account (LEARNER_ALREADY_LINKED, as reconciliation says it): how that
 * account logs in, masked, nothing else; the visitor logs in with it instead of creating another.
 */
export class PupilHasAccountError extends DomainError {
  constructor(hint: LinkedAccountHint) {
    super(
      ErrorCode.LEARNER_ALREADY_LINKED,
      existingAccountMessageKey(hint),
      { email: hint.maskedEmail ?? '', username: hint.username ?? '' },
      { connectionMethods: hint.connectionMethods, maskedEmail: hint.maskedEmail, username: hint.username },
    );
  }
}
