import type { EntityManager } from '@mikro-orm/postgresql';
import type { PlatformRole } from '../domain/platform-role';
import { TokenService } from '../infrastructure/token-service';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import type { UserEntity } from '../infrastructure/user.entity';
import type { IamDependencies, IamRepositories } from './dependencies';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  /** Set as the httpOnly cookie only, never sent in a response body. */
  refreshToken: string;
  user: UserEntity;
}

/**
 * A new access token and a refresh token (of a new family, or of the family being rotated). The access
 * token carries the account's session version and platform role, read by the statement that stores the refresh token;
 * this API node learns it on the way, so that the session's next request reads nothing more.
 * (Never call it in a transaction that raised the version and may still roll back.)
 */
export function issueSession(em: EntityManager, deps: IamDependencies, user: UserEntity, familyId?: string): Promise<Session> {
  return issueSessionWith(new RefreshTokenRepository(em), deps, user, familyId);
}

/** The same, through the refresh tokens' repository of the caller (its transaction's). */
export async function issueSessionWith(
  refreshTokens: IamRepositories['refreshTokens'],
  deps: IamDependencies,
  user: UserEntity,
  familyId?: string,
): Promise<Session> {
  const now = deps.clock.now();
  const refresh = TokenService.newRefreshToken();
  const mark = deps.sessions.mark();
  const { sessionVersion, platformRole } = await refreshTokens.save({
    userId: user.id,
    tokenHash: refresh.hash,
    familyId: familyId ?? refresh.familyId,
    expiresAt: new Date(now.getTime() + deps.refreshTokenTtlSeconds * 1000),
  });
  deps.sessions.learn(user.id, sessionVersion, mark);
  const access = deps.tokens.issueAccessToken({ userId: user.id, platformRole: (platformRole as PlatformRole | null) ?? null }, now, sessionVersion);
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
}
