import type { Viewer } from '../domain/platform-role';
import type { IamDependencies } from './dependencies';

/**
 * Who calls, from the `Authorization: Bearer` access token of a request: null when it is missing,
 * forged, expired, or of a session ended since (log-out, password or role change). Read once per
 * request; it costs no statement once this API node knows the account's session version.
 */
export async function authenticate(deps: Pick<IamDependencies, 'tokens' | 'sessions'>, bearer: string | undefined, now: Date): Promise<Viewer | null> {
  if (!bearer) return null;
  const token = deps.tokens.verifyAccessToken(bearer, now);
  if (!token) return null;
  if (!(await deps.sessions.isCurrent(token.userId, token.sessionVersion))) return null;
  return { userId: token.userId, platformRole: token.platformRole };
}
