import type { Clock } from '../../shared/domain/clock';
import type { Mailer } from '../../shared/infrastructure/mail/mailer';
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
