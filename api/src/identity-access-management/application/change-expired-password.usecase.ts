import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { assertValidPassword } from '../domain/account-rules';
import { TokenService } from '../infrastructure/token-service';
import { UserRepository } from '../infrastructure/user.repository';
import type { IamDependencies } from './dependencies';
import { issueSession, type Session } from './issue-session';

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
 * administrator's reset) opens no session: it gives a single-use token to choose a new password.
 */
export async function passwordChangeRequired(em: EntityManager, deps: IamDependencies, userId: number, now: Date) {
  const { token, hash } = TokenService.newOpaqueToken();
  await knexOf(em)('password_reset_tokens').insert({
    user_id: userId,
    token_hash: hash,
    expires_at: new Date(now.getTime() + PASSWORD_CHANGE_TTL_SECONDS * 1000),
  });
  return new PasswordChangeRequiredError(token);
}

/** Public operation (the token is the credential): sets the chosen password and opens the session. */
export async function changeExpiredPassword(
  em: EntityManager,
  deps: IamDependencies,
  request: { passwordChangeToken: string; newPassword: string },
): Promise<Session> {
  assertValidPassword(request.newPassword, 'newPassword');
  const now = deps.clock.now();
  const tokenHash = TokenService.hash(request.passwordChangeToken);
  const pending = await knexOf(em)('password_reset_tokens as t')
    .join('users as u', 'u.id', 't.user_id')
    .where({ 't.token_hash': tokenHash, 'u.must_change_password': true })
    .whereNull('t.used_at')
    .where('t.expires_at', '>', now)
    .first('u.password_hash');
  if (!pending) throw new InvalidPasswordChangeTokenError();
  if (await deps.hasher.verify(pending.password_hash, request.newPassword)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'errors.samePassword', {}, { field: 'newPassword' });
  }
  const passwordHash = await deps.hasher.hash(request.newPassword);
  const userId = await em.transactional(async (tem) => {
    const [row] = await knexOf(tem)('password_reset_tokens')
      .where({ token_hash: tokenHash })
      .whereNull('used_at')
      .update({ used_at: now })
      .returning(['user_id']);
    if (!row) throw new InvalidPasswordChangeTokenError();
    await knexOf(tem)('users')
      .where({ id: row.user_id })
      .update({ password_hash: passwordHash, must_change_password: false, last_logged_at: now, updated_at: now });
    return row.user_id as number;
  });
  const user = await new UserRepository(em).findForDisplay(userId);
  return issueSession(em, deps, user!);
}
