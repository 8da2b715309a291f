import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { throttleRules } from '../../shared/domain/throttle-policy';
import type { IamDependencies, IamRepositories } from './dependencies';
import { issueSessionWith, type Session } from './issue-session';
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
  repositories: IamRepositories,
  deps: IamDependencies,
  request: { login: string; password: string },
  address: string,
): Promise<Session> {
  const now = deps.clock.now();
  const accountKey = request.login.trim().toLowerCase().slice(0, 255);
  // Counted before the password is checked: parallel guesses cannot all pass (throttle-policy.ts).
  const rules = throttleRules(deps.throttle);
  const attempt = await repositories.throttle.admit({ rule: rules.logInAccount, key: accountKey }, { rule: rules.logInAddress, key: address });

  const user = accountKey ? await repositories.users.findByLogin(accountKey) : null;
  const ok = await deps.hasher.verify(user?.passwordHash, request.password);
  if (!user || !ok) throw new InvalidCredentialsError();
  await attempt.succeeded();
  if (user.mustChangePassword) throw await passwordChangeRequired(repositories.passwordTokens, user.id, now);
  return repositories.transaction(async (tx) => {
    await tx.users.recordLogIn(user.id, now);
    user.lastLoggedAt = now;
    return issueSessionWith(tx.refreshTokens, deps, user);
  });
}
