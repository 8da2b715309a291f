import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { validateSignUp, type SignUpRequest } from '../domain/account-rules';
import type { IamDependencies, IamRepositories } from './dependencies';
import { issueSessionWith, type Session } from './issue-session';

export class EmailAlreadyUsedError extends DomainError {
  constructor() {
    super(ErrorCode.EMAIL_ALREADY_USED, 'errors.emailAlreadyUsed', {}, { field: 'email' });
  }
}

/**
 * Anyone may sign up (public operation). Every request is counted per address and per e-mail address
 * before the address is looked up: accounts cannot be created in bulk, nor the taken addresses listed.
 * The account and its first session are one transaction.
 */
export async function signUp(repositories: IamRepositories, deps: IamDependencies, request: SignUpRequest, address: string): Promise<Session> {
  const valid = validateSignUp(request);
  const rules = throttleRules(deps.throttle);
  await repositories.throttle.admit({ rule: rules.signUpAddress, key: address }, { rule: rules.signUpEmail, key: valid.email });
  if (await repositories.users.emailExists(valid.email)) throw new EmailAlreadyUsedError();
  const passwordHash = await deps.hasher.hash(valid.password);
  try {
    return await repositories.transaction(async (tx) => {
      const user = await tx.users.create({
        firstName: valid.firstName,
        lastName: valid.lastName,
        email: valid.email,
        username: null,
        passwordHash,
        mustChangePassword: false,
        locale: valid.locale,
        cguAcceptedAt: deps.clock.now(),
        lastLoggedAt: deps.clock.now(),
      });
      return issueSessionWith(tx.refreshTokens, deps, user);
    });
  } catch (error) {
    // The same address signed up in parallel: the unique index refused the second one.
    if (repositories.isUniqueViolation(error)) throw new EmailAlreadyUsedError();
    throw error;
  }
}
