import type { EntityManager } from '@mikro-orm/postgresql';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { TokenService } from '../infrastructure/token-service';
import type { IamDependencies } from './dependencies';

/** Public operation: revokes the family of the given refresh token (this device's session). */
export async function logOut(em: EntityManager, deps: IamDependencies, refreshToken: string | undefined): Promise<boolean> {
  if (!refreshToken) return true;
  const tokens = new RefreshTokenRepository(em);
  const stored = await tokens.findByHash(TokenService.hash(refreshToken));
  if (stored) await tokens.revokeFamily(stored.familyId, deps.clock.now());
  return true;
}
