import { EntitySchema } from '@mikro-orm/core';

/** A refresh token is stored as its SHA-256 only; rotation links tokens of one log-in in a family. */
export class RefreshTokenEntity {
  id!: number;
  userId!: number;
  tokenHash!: string;
  familyId!: string;
  expiresAt!: Date;
  revokedAt?: Date | null;
  /** `rotated` when exchanged for a new token, `ended` by a log-out, a reset or a detected theft. */
  revokedReason?: 'rotated' | 'ended' | null;
  createdAt: Date = new Date();
}

export const RefreshTokenSchema = new EntitySchema<RefreshTokenEntity>({
  class: RefreshTokenEntity,
  tableName: 'refresh_tokens',
  indexes: [{ properties: ['userId'] }, { properties: ['familyId'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    userId: { type: 'integer' },
    tokenHash: { type: 'string', length: 64, unique: 'refresh_tokens_token_hash_unique' },
    familyId: { type: 'uuid' },
    expiresAt: { type: 'datetime' },
    revokedAt: { type: 'datetime', nullable: true },
    revokedReason: { type: 'string', length: 16, nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
