import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { PlatformRoleValue } from './user.entity';

export interface StoredRefreshToken {
  id: number;
  userId: number;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: 'rotated' | 'ended' | null;
}

export interface AccountSessionState {
  sessionVersion: number;
  platformRole: PlatformRoleValue | null;
}

export class RefreshTokenRepository {
  constructor(private readonly em: EntityManager) {}

  /**
   * Stores the token; returns the account's session version and platform role, read by the same
   * statement (one snapshot: an access token never pairs a new version with a former role).
   */
  async save(token: { userId: number; tokenHash: string; familyId: string; expiresAt: Date }): Promise<AccountSessionState> {
    const { rows } = await knexOf(this.em).raw(
      `with account as (select session_version, platform_role from users where id = ?),
       stored as (insert into refresh_tokens (user_id, token_hash, family_id, expires_at) values (?, ?, ?, ?) returning id)
       select account.session_version, account.platform_role from account, stored`,
      [token.userId, token.userId, token.tokenHash, token.familyId, token.expiresAt],
    );
    if (!rows[0]) throw new Error(`no account ${token.userId}`);
    return { sessionVersion: rows[0].session_version, platformRole: rows[0].platform_role };
  }

  async findByHash(tokenHash: string): Promise<StoredRefreshToken | null> {
    const row = await knexOf(this.em)('refresh_tokens').where({ token_hash: tokenHash }).first();
    if (!row) return null;
    return {
      id: row.id,
      userId: row.user_id,
      familyId: row.family_id,
      expiresAt: new Date(row.expires_at),
      revokedAt: row.revoked_at ? new Date(row.revoked_at) : null,
      revokedReason: row.revoked_reason,
    };
  }

  /** Revokes one token if still active; false when another request already did (concurrent refresh). */
  async revoke(id: number, now: Date): Promise<boolean> {
    const count = await knexOf(this.em)('refresh_tokens').where({ id }).whereNull('revoked_at').update({ revoked_at: now, revoked_reason: 'rotated' });
    return count === 1;
  }

  /** Ends the session of this family; the number of tokens that were still usable or rotated. */
  async revokeFamily(familyId: string, now: Date): Promise<number> {
    return knexOf(this.em)('refresh_tokens')
      .where({ family_id: familyId })
      .where((q) => q.whereNull('revoked_at').orWhere('revoked_reason', 'rotated'))
      .update({ revoked_at: now, revoked_reason: 'ended' });
  }

  /** Whether the session was ended (log-out, password reset, theft), not merely rotated. */
  async familyEnded(familyId: string): Promise<boolean> {
    const ended = await knexOf(this.em)('refresh_tokens').where({ family_id: familyId, revoked_reason: 'ended' }).first('id');
    return !!ended;
  }
}
