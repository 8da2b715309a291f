import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';

export interface StoredRefreshToken {
  id: number;
  userId: number;
  familyId: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedReason: 'rotated' | 'ended' | null;
}

export class RefreshTokenRepository {
  constructor(private readonly em: EntityManager) {}

  async save(token: { userId: number; tokenHash: string; familyId: string; expiresAt: Date }): Promise<void> {
    await knexOf(this.em)('refresh_tokens').insert({
      user_id: token.userId,
      token_hash: token.tokenHash,
      family_id: token.familyId,
      expires_at: token.expiresAt,
    });
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

  async revokeFamily(familyId: string, now: Date): Promise<void> {
    await knexOf(this.em)('refresh_tokens')
      .where({ family_id: familyId })
      .where((q) => q.whereNull('revoked_at').orWhere('revoked_reason', 'rotated'))
      .update({ revoked_at: now, revoked_reason: 'ended' });
  }

  /** Whether the session was ended (log-out, password reset, theft), not merely rotated. */
  async familyEnded(familyId: string): Promise<boolean> {
    const ended = await knexOf(this.em)('refresh_tokens').where({ family_id: familyId, revoked_reason: 'ended' }).first('id');
    return !!ended;
  }

  async revokeAllOfUser(userId: number, now: Date): Promise<void> {
    await knexOf(this.em)('refresh_tokens')
      .where({ user_id: userId })
      .where((q) => q.whereNull('revoked_at').orWhere('revoked_reason', 'rotated'))
      .update({ revoked_at: now, revoked_reason: 'ended' });
  }
}
