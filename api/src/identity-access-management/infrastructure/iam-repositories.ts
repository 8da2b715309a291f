import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/domain/clock';
import type { Email, Mailer } from '../../shared/infrastructure/mail/mailer';
import { isUniqueViolation } from '../../shared/infrastructure/database/unique-violation';
import { Throttle } from '../../shared/infrastructure/throttle/throttle';
import { PasswordTokenRepository } from './password-token.repository';
import { RefreshTokenRepository } from './refresh-token.repository';
import { UserRepository } from './user.repository';
import { UserSearchRepository } from './user-search.repository';

/**
 * The account repositories on one entity manager (the request's, or a transaction's); the application's
 * `IamRepositories` types them and adds the transaction. `clock`: the throttle's; `mailer`: the e-mails,
 * queued in `em`'s transaction.
 */
export function iamPortsOn(em: EntityManager, services: { clock: Clock; mailer: Mailer }) {
  return {
    users: new UserRepository(em),
    userSearch: new UserSearchRepository(em),
    refreshTokens: new RefreshTokenRepository(em),
    passwordTokens: new PasswordTokenRepository(em),
    mails: { send: (email: Email) => services.mailer.send(email, em) },
    throttle: new Throttle(em, services.clock),
    isUniqueViolation: (error: unknown) => isUniqueViolation(error),
  };
}
