import { EntitySchema } from '@mikro-orm/core';

export class PasswordResetTokenEntity {
  id!: number;
  userId!: number;
  tokenHash!: string;
  expiresAt!: Date;
  usedAt?: Date | null;
  createdAt: Date = new Date();
}

export const PasswordResetTokenSchema = new EntitySchema<PasswordResetTokenEntity>({
  class: PasswordResetTokenEntity,
  tableName: 'password_reset_tokens',
  indexes: [{ properties: ['userId'] }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    userId: { type: 'integer' },
    tokenHash: { type: 'string', length: 64, unique: 'password_reset_tokens_token_hash_unique' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
