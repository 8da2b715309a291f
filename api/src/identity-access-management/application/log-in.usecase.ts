import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
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
 * Public operation. Attempts are counted per account and per address before the password is checked,
 * and a success gives its attempt back: past the limit of failures the caller is told how long to wait,
 * whatever the password. The same message whether or not the account exists.
 */
export async function logIn(
  em: EntityManager,
  deps: IamDependencies,
  request: { login: string; password: string },
  address: string,
): Promise<Session> {
  const now = deps.clock.now();
  const accountKey = request.login.trim().toLowerCase().slice(0, 255);
  // Counted before the password is checked: parallel guesses cannot all pass (throttle-policy.ts).
  const rules = throttleRules(deps.throttle);
  const attempt = await new Throttle(em, deps.clock).admit({ rule: rules.logInAccount, key: accountKey }, { rule: rules.logInAddress, key: address });

  const user = accountKey ? await new UserRepository(em).findByLogin(accountKey) : null;
  const ok = await deps.hasher.verify(user?.passwordHash, request.password);
  if (!user || !ok) throw new InvalidCredentialsError();
  await attempt.succeeded();
  if (user.mustChangePassword) throw await passwordChangeRequired(em, deps, user.id, now);
  return em.transactional(async (tem) => {
    user.lastLoggedAt = now;
    tem.persist(user);
    return issueSession(tem, deps, user);
  });
}
