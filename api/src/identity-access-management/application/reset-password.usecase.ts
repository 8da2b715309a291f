import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, ErrorCode } from '../../shared/domain/errors';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { assertValidPassword } from '../domain/account-rules';
import { RefreshTokenRepository } from '../infrastructure/refresh-token.repository';
import { TokenService } from '../infrastructure/token-service';
import type { IamDependencies } from './dependencies';

export class InvalidResetTokenError extends DomainError {
  constructor() {
    super(ErrorCode.INVALID_TOKEN, 'errors.invalidResetToken');
  }
}

/** Public operation (the token is the credential). Single use; every session of the account ends. */
export async function resetPassword(
  em: EntityManager,
  deps: IamDependencies,
  request: { token: string; password: string },
): Promise<boolean> {
  assertValidPassword(request.password);
  const now = deps.clock.now();
  const passwordHash = await deps.hasher.hash(request.password);
  return em.transactional(async (tem) => {
    const [row] = await knexOf(tem)('password_reset_tokens')
      .where({ token_hash: TokenService.hash(request.token) })
      .whereNull('used_at')
      .where('expires_at', '>', now)
      .update({ used_at: now })
      .returning(['user_id']);
    if (!row) throw new InvalidResetTokenError();
    await knexOf(tem)('users')
      .where({ id: row.user_id })
      .update({ password_hash: passwordHash, must_change_password: false, updated_at: now });
    await new RefreshTokenRepository(tem).revokeAllOfUser(row.user_id, now);
    return true;
  });
}
