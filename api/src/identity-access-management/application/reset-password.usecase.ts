import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { assertValidPassword } from '../domain/account-rules';
import { PasswordTokenPurpose } from '../infrastructure/password-reset-token.entity';
import { PasswordTokenRepository } from '../infrastructure/password-token.repository';
import { UserRepository } from '../infrastructure/user.repository';
import type { IamDependencies } from './dependencies';

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
  em: EntityManager,
  deps: IamDependencies,
  request: { token: string; password: string },
): Promise<boolean> {
  assertValidPassword(request.password);
  const now = deps.clock.now();
  const passwordHash = await deps.hasher.hash(request.password);
  const mark = deps.sessions.mark();
  const changed = await em.transactional(async (tem) => {
    const userId = await new PasswordTokenRepository(tem).use(request.token, PasswordTokenPurpose.PASSWORD_RESET, now);
    if (userId === null) throw new InvalidResetTokenError();
    return { userId, sessionVersion: await new UserRepository(tem).setChosenPassword(userId, passwordHash, now) };
  });
  deps.sessions.learn(changed.userId, changed.sessionVersion, mark);
  return true;
}
