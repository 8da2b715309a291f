import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import { isUniqueViolation } from '../../shared/infrastructure/database/unique-violation';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { PasswordTokenRepository } from './password-token.repository';
import { RefreshTokenRepository } from './refresh-token.repository';
import { UserRepository } from './user.repository';
import { UserSearchRepository } from './user-search.repository';

/** The account repositories on one entity manager (the request's, or a transaction's). */
export interface IamRepositorySet {
  users: UserRepository;
  userSearch: UserSearchRepository;
  refreshTokens: RefreshTokenRepository;
  passwordTokens: PasswordTokenRepository;
  throttle: Throttle;
  transaction<T>(work: (repositories: IamRepositorySet) => Promise<T>): Promise<T>;
  isUniqueViolation(error: unknown): boolean;
}

export function createIamRepositories(em: EntityManager, clock: Clock): IamRepositorySet {
  return {
    users: new UserRepository(em),
    userSearch: new UserSearchRepository(em),
    refreshTokens: new RefreshTokenRepository(em),
    passwordTokens: new PasswordTokenRepository(em),
    throttle: new Throttle(em, clock),
    transaction: (work) =>
      em.transactional((tem) => work(createIamRepositories(tem, clock))),
    isUniqueViolation: (error: unknown) => isUniqueViolation(error),
  };
}
