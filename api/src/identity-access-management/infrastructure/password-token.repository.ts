import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { PasswordTokenPurpose } from './password-reset-token.entity';
import { TokenService } from './token-service';

/**
 * Password tokens (reset links, forms after a temporary password), stored as SHA-256, single use,
 * each for one purpose. A new password hash ends every token and session of the account: the
 * database does it (trigger users_credentials_changed), whatever the path that writes the hash.
 */
export class PasswordTokenRepository {
  constructor(private readonly em: EntityManager) {}

  /** A new token for the account; the token itself is returned once, never stored. */
  async issue(userId: number, purpose: PasswordTokenPurpose, expiresAt: Date): Promise<string> {
    const { token, hash } = TokenService.newOpaqueToken();
    await knexOf(this.em)('password_reset_tokens').insert({ user_id: userId, purpose, token_hash: hash, expires_at: expiresAt });
    return token;
  }

  /** The account of a usable token of this purpose, or null. Read only (the token stays usable). */
  async find(token: string, purpose: PasswordTokenPurpose, now: Date): Promise<{ userId: number; passwordHash: string; mustChangePassword: boolean } | null> {
    const row = await knexOf(this.em)('password_reset_tokens as t')
      .join('users as u', 'u.id', 't.user_id')
      .where({ 't.token_hash': TokenService.hash(token), 't.purpose': purpose })
      .whereNull('t.used_at')
      .where('t.expires_at', '>', now)
      .first('u.id', 'u.password_hash', 'u.must_change_password');
    return row ? { userId: row.id, passwordHash: row.password_hash, mustChangePassword: row.must_change_password } : null;
  }

  /** Marks a usable token of this purpose as used (once, even under concurrent calls); its account, or null. */
  async use(token: string, purpose: PasswordTokenPurpose, now: Date): Promise<number | null> {
    const [row] = await knexOf(this.em)('password_reset_tokens')
      .where({ token_hash: TokenService.hash(token), purpose })
      .whereNull('used_at')
      .where('expires_at', '>', now)
      .update({ used_at: now })
      .returning(['user_id']);
    return row ? (row.user_id as number) : null;
  }
}
