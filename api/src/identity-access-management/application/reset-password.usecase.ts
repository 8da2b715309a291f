import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { assertValidPassword } from '../domain/account-rules';
import { PasswordTokenPurpose } from '../infrastructure/password-reset-token.entity';
import type { IamDependencies, IamRepositories } from './dependencies';

export class InvalidResetTokenError extends DomainError {
  constructor() {
    super(ErrorCode.INVALID_TOKEN, 'errors.invalidResetToken');
  }
}

/**
 * Public operation (the token of a reset link is the credential). Single use; the new password ends
 * every session and every other password token of the account (in the database, at once).
 */
export async function resetPassword(
  repositories: Pick<IamRepositories, 'transaction'>,
  deps: Pick<IamDependencies, 'clock' | 'hasher' | 'sessions'>,
  request: { token: string; password: string },
): Promise<boolean> {
  assertValidPassword(request.password);
  const now = deps.clock.now();
  const passwordHash = await deps.hasher.hash(request.password);
  const mark = deps.sessions.mark();
  const changed = await repositories.transaction(async (tx) => {
    const userId = await tx.passwordTokens.use(request.token, PasswordTokenPurpose.PASSWORD_RESET, now);
    if (userId === null) throw new InvalidResetTokenError();
    return { userId, sessionVersion: await tx.users.setChosenPassword(userId, passwordHash, now) };
  });
  deps.sessions.learn(changed.userId, changed.sessionVersion, mark);
  return true;
}
