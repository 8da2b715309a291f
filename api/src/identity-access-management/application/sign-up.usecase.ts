import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
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

/** Anyone may sign up (public operation). The account and its first session are one transaction. */
export async function signUp(em: EntityManager, deps: IamDependencies, request: SignUpRequest): Promise<Session> {
  const valid = validateSignUp(request);
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
