import type { Clock } from '../../shared/domain/clock';
import type { Email, Mailer } from '../../shared/infrastructure/mail/mailer';
import type { Throttle } from '../../shared/infrastructure/throttle/throttle';
import type { PasswordTokenRepository } from '../infrastructure/password-token.repository';
import type { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import type { UserRepository } from '../infrastructure/user.repository';
import type { UserSearchRepository } from '../infrastructure/user-search.repository';
import type { PasswordHasher } from '../infrastructure/password-hasher';
import type { SessionVersions } from '../infrastructure/session-versions';
import type { TokenService } from '../infrastructure/token-service';

/** What the account use cases need from the outside, injected once at start. */
export interface IamDependencies {
  clock: Clock;
  tokens: TokenService;
  /** The session version of each account, kept up to date from the database's announcements. */
  sessions: SessionVersions;
  hasher: PasswordHasher;
  mailer: Mailer;
  publicUrl: string;
  refreshTokenTtlSeconds: number;
  passwordResetTtlSeconds: number;
  throttle: { accountFailures: number; addressFailures: number; windowSeconds: number };
}

/**
 * The repositories of the account use cases, made once per request (`iamRepositories`) from the
 * request's entity manager: a use case reads and writes through them, never through the ORM, so
 * that it can run on in-memory fakes. `transaction` runs its work on repositories bound to one
 * transaction (nothing half-written).
 */
export interface IamRepositories {
  users: Pick<
    UserRepository,
    'emailExists' | 'findByLogin' | 'findById' | 'findForDisplay' | 'create' | 'createAdministrator' | 'recordLogIn' | 'setChosenPassword' | 'endAccessTokens'
  >;
  userSearch: Pick<UserSearchRepository, 'search'>;
  refreshTokens: Pick<RefreshTokenRepository, 'save' | 'findByHash' | 'revoke' | 'revokeFamily' | 'familyEnded'>;
  passwordTokens: Pick<PasswordTokenRepository, 'issue' | 'find' | 'use'>;
  /** Puts an e-mail in the outbox, in these repositories' transaction: it leaves only if what it announces was committed. */
  mails: { send(email: Email): Promise<void> };
  /** Counts the attempts of throttled operations (sign-up, log-in, password reset requests). */
  throttle: Pick<Throttle, 'admit'>;
  transaction<T>(work: (repositories: IamRepositories) => Promise<T>): Promise<T>;
  /** The write was refused by a unique index (an e-mail address taken between the check and the insert). */
  isUniqueViolation(error: unknown): boolean;
}
