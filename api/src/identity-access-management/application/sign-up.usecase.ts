import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { throttleRules } from '../../shared/domain/throttle-policy';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { validateSignUp, type SignUpRequest } from '../domain/account-rules';
import { UserEntity } from '../infrastructure/user.entity';
import { UserRepository } from '../infrastructure/user.repository';
import type { IamDependencies } from './dependencies';
import { issueSession, type Session } from './issue-session';

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
export async function signUp(em: EntityManager, deps: IamDependencies, request: SignUpRequest, address: string): Promise<Session> {
  const valid = validateSignUp(request);
  const rules = throttleRules(deps.throttle);
  await new Throttle(em, deps.clock).admit({ rule: rules.signUpAddress, key: address }, { rule: rules.signUpEmail, key: valid.email });
  if (await new UserRepository(em).emailExists(valid.email)) throw new EmailAlreadyUsedError();
  const passwordHash = await deps.hasher.hash(valid.password);
  try {
    return await em.transactional(async (tem) => {
      const user = tem.create(UserEntity, {
        firstName: valid.firstName,
        lastName: valid.lastName,
        email: valid.email,
        passwordHash,
        locale: valid.locale,
        cguAcceptedAt: deps.clock.now(),
        lastLoggedAt: deps.clock.now(),
      });
      await tem.flush();
      return issueSession(tem, deps, user);
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new EmailAlreadyUsedError();
    throw error;
  }
}
