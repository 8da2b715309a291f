import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { TokenService } from '../infrastructure/token-service';
import { UserRepository } from '../infrastructure/user.repository';
import type { IamDependencies } from './dependencies';

/**
 * Public operation: ends this device's session (the family of the given refresh token) and every
 * access token of the account at once. The account's other devices keep their sessions: their apps
 * renew their access token with their own refresh cookie on the next request.
 */
export async function logOut(em: EntityManager, deps: IamDependencies, refreshToken: string | undefined): Promise<boolean> {
  if (!refreshToken) return true;
  const tokens = new RefreshTokenRepository(em);
  const stored = await tokens.findByHash(TokenService.hash(refreshToken));
  if (!stored) return true;
  await endSession(em, deps, stored.userId, stored.familyId);
  return true;
}

/** Revokes the family and, when it was still going on, raises the account's session version. */
export async function endSession(em: EntityManager, deps: IamDependencies, userId: number, familyId: string): Promise<void> {
  const mark = deps.sessions.mark();
  const version = await em.transactional(async (tem) => {
    const revoked = await new RefreshTokenRepository(tem).revokeFamily(familyId, deps.clock.now());
    // A session ended already ends nothing more (an old stolen token must not log everybody out again).
    return revoked > 0 ? new UserRepository(tem).endAccessTokens(userId) : null;
  });
  if (version !== null) deps.sessions.learn(userId, version, mark);
}
