import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { TokenService } from '../infrastructure/token-service';
import type { IamDependencies, IamRepositories } from './dependencies';
import { issueSessionWith, type Session } from './issue-session';
import { endSession } from './log-out.usecase';

export class InvalidRefreshTokenError extends DomainError {
  constructor() {
    super(ErrorCode.INVALID_TOKEN, 'errors.invalidRefreshToken');
  }
}

/**
 * A token presented again within this delay is taken for two tabs refreshing at once (both got the
 * same cookie): the second gets a session of the same family too. Later, it is taken for a theft.
 */
const CONCURRENT_REFRESH_GRACE_MS = 30_000;

/**
 * Public operation (the refresh token is the credential). Rotates the token: the old one is revoked
 * and a new one of the same family issued. Presenting a token revoked long ago means it leaked: the
 * whole family is revoked, and the account's access tokens end.
 */
export async function refreshSession(repositories: IamRepositories, deps: IamDependencies, refreshToken: string | undefined): Promise<Session> {
  if (!refreshToken) throw new InvalidRefreshTokenError();
  const now = deps.clock.now();
  const stored = await repositories.refreshTokens.findByHash(TokenService.hash(refreshToken));
  if (!stored || stored.expiresAt <= now) throw new InvalidRefreshTokenError();
  if (stored.revokedAt) {
    const concurrent =
      stored.revokedReason === 'rotated' && now.getTime() - stored.revokedAt.getTime() <= CONCURRENT_REFRESH_GRACE_MS;
    if (!concurrent || (await repositories.refreshTokens.familyEnded(stored.familyId))) {
      // Someone else may hold this session's tokens: it ends, and its access tokens with it.
      await endSession(repositories, deps, stored.userId, stored.familyId);
      throw new InvalidRefreshTokenError();
    }
  }
  return repositories.transaction(async (tx) => {
    // When another request rotated it a moment ago, this one gets a session of the family too.
    if (!stored.revokedAt) await tx.refreshTokens.revoke(stored.id, now);
    const user = await tx.users.findById(stored.userId);
    if (!user) throw new InvalidRefreshTokenError();
    return issueSessionWith(tx.refreshTokens, deps, user, stored.familyId);
  });
}
