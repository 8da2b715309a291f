import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { assertValidPassword } from '../domain/account-rules';
import { PasswordTokenPurpose } from '../infrastructure/password-reset-token.entity';
import type { IamDependencies, IamRepositories } from './dependencies';
import { issueSessionWith, type Session } from './issue-session';

/** The log-in form hands over to the new-password form for this long. */
export const PASSWORD_CHANGE_TTL_SECONDS = 15 * 60;

export class PasswordChangeRequiredError extends DomainError {
  constructor(passwordChangeToken: string) {
    super(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'errors.passwordChangeRequired', {}, { passwordChangeToken });
  }
}

export class InvalidPasswordChangeTokenError extends DomainError {
  constructor() {
    super(ErrorCode.INVALID_TOKEN, 'errors.invalidPasswordChangeToken');
  }
}

/**
 * A right password on an account with a temporary one (a pupil's first log-in, or after an
 * administrator's reset) opens no session: it gives a single-use token to choose a new password,
 * good for that form only (not as a reset link).
 */
export async function passwordChangeRequired(passwordTokens: IamRepositories['passwordTokens'], userId: number, now: Date) {
  const token = await passwordTokens.issue(userId, PasswordTokenPurpose.TEMPORARY_PASSWORD_CHANGE, new Date(now.getTime() + PASSWORD_CHANGE_TTL_SECONDS * 1000));
  return new PasswordChangeRequiredError(token);
}

/**
 * Public operation (the token is the credential): sets the chosen password and opens the session.
 * The new password ends the account's other sessions and password tokens (in the database).
 */
export async function changeExpiredPassword(
  repositories: IamRepositories,
  deps: IamDependencies,
  request: { passwordChangeToken: string; newPassword: string },
): Promise<Session> {
  assertValidPassword(request.newPassword, 'newPassword');
  const now = deps.clock.now();
  const pending = await repositories.passwordTokens.find(request.passwordChangeToken, PasswordTokenPurpose.TEMPORARY_PASSWORD_CHANGE, now);
  if (!pending?.mustChangePassword) throw new InvalidPasswordChangeTokenError();
  if (await deps.hasher.verify(pending.passwordHash, request.newPassword)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'errors.samePassword', {}, { field: 'newPassword' });
  }
  const passwordHash = await deps.hasher.hash(request.newPassword);
  const userId = await repositories.transaction(async (tx) => {
    const owner = await tx.passwordTokens.use(request.passwordChangeToken, PasswordTokenPurpose.TEMPORARY_PASSWORD_CHANGE, now);
    if (owner === null) throw new InvalidPasswordChangeTokenError();
    await tx.users.setChosenPassword(owner, passwordHash, now, true);
    return owner;
  });
  // After the commit: the new session carries the raised version, which this node learns.
  const user = await repositories.users.findForDisplay(userId);
  return issueSessionWith(repositories.refreshTokens, deps, user!);
}
