import { TokenService } from '../infrastructure/token-service';
import type { IamDependencies, IamRepositories } from './dependencies';

/**
 * Public operation: ends this device's session (the family of the given refresh token) and every
 * access token of the account at once. The account's other devices keep their sessions: their apps
 * renew their access token with their own refresh cookie on the next request.
 */
export async function logOut(
  repositories: IamRepositories,
  deps: Pick<IamDependencies, 'clock' | 'sessions'>,
  refreshToken: string | undefined,
): Promise<boolean> {
  if (!refreshToken) return true;
  const stored = await repositories.refreshTokens.findByHash(TokenService.hash(refreshToken));
  if (!stored) return true;
  await endSession(repositories, deps, stored.userId, stored.familyId);
  return true;
}

/** Revokes the family and, when it was still going on, raises the account's session version. */
export async function endSession(
  repositories: Pick<IamRepositories, 'transaction'>,
  deps: Pick<IamDependencies, 'clock' | 'sessions'>,
  userId: number,
  familyId: string,
): Promise<void> {
  const mark = deps.sessions.mark();
  const version = await repositories.transaction(async (tx) => {
    const revoked = await tx.refreshTokens.revokeFamily(familyId, deps.clock.now());
    // A session ended already ends nothing more (an old stolen token must not log everybody out again).
    return revoked > 0 ? tx.users.endAccessTokens(userId) : null;
  });
  if (version !== null) deps.sessions.learn(userId, version, mark);
}
