import type { EntityManager } from '@mikro-orm/postgresql';
import { TokenService } from '../infrastructure/token-service';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import type { UserEntity } from '../infrastructure/user.entity';
import type { IamDependencies } from './dependencies';

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
}

/** A new access token and a refresh token (of a new family, or of the family being rotated). */
export async function issueSession(
  em: EntityManager,
  deps: IamDependencies,
  user: UserEntity,
  familyId?: string,
): Promise<Session> {
  const now = deps.clock.now();
  const refresh = TokenService.newRefreshToken();
  await new RefreshTokenRepository(em).save({
    userId: user.id,
    tokenHash: refresh.hash,
    familyId: familyId ?? refresh.familyId,
    expiresAt: new Date(now.getTime() + deps.refreshTokenTtlSeconds * 1000),
  });
  const access = deps.tokens.issueAccessToken({ userId: user.id, platformRole: user.platformRole as never ?? null }, now);
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
}
