import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode, TooManyAttemptsError } from '../../shared/domain/errors';
import { LoginThrottleRepository } from '../infrastructure/login-throttle.repository';
import { UserRepository } from '../infrastructure/user.repository';
import type { IamDependencies } from './dependencies';
import { issueSession, type Session } from './issue-session';
import { passwordChangeRequired } from './change-expired-password.usecase';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(ErrorCode.INVALID_CREDENTIALS, 'errors.invalidCredentials');
  }
}

/**
 * Public operation. Failed attempts are counted per account and per address; past the limit the
 * caller is told how long to wait. The same message whether or not the account exists.
 */
export async function logIn(
  em: EntityManager,
  deps: IamDependencies,
  request: { login: string; password: string },
  address: string,
): Promise<Session> {
  const now = deps.clock.now();
  const accountKey = request.login.trim().toLowerCase().slice(0, 255);
  const throttle = new LoginThrottleRepository(em);
  const wait = Math.max(
    await throttle.secondsBlocked('account', accountKey, now),
    await throttle.secondsBlocked('address', address, now),
  );
  if (wait > 0) throw new TooManyAttemptsError(wait);

  const user = accountKey ? await new UserRepository(em).findByLogin(accountKey) : null;
  const ok = await deps.hasher.verify(user?.passwordHash, request.password);
  if (!user || !ok) {
    const { accountFailures, addressFailures, windowSeconds } = deps.throttle;
    await throttle.recordFailure('account', accountKey, now, accountFailures, windowSeconds);
    await throttle.recordFailure('address', address, now, addressFailures, windowSeconds);
    throw new InvalidCredentialsError();
  }
  await throttle.clear('account', accountKey);
  if (user.mustChangePassword) throw await passwordChangeRequired(em, deps, user.id, now);
  return em.transactional(async (tem) => {
    user.lastLoggedAt = now;
    tem.persist(user);
    return issueSession(tem, deps, user);
  });
}
