import { EntitySchema } from '@mikro-orm/core';

/**
 * What a password token is for, checked where it is used: a reset link (sent by e-mail) resets a
 * forgotten password; a form token (after logging in with a temporary password) replaces that one.
 */
export enum PasswordTokenPurpose {
  PASSWORD_RESET = 'PASSWORD_RESET',
  TEMPORARY_PASSWORD_CHANGE = 'TEMPORARY_PASSWORD_CHANGE',
}

/** Single use; the database ends every token of an account when its password changes. */
export class PasswordResetTokenEntity {
  id!: number;
  userId!: number;
  purpose!: PasswordTokenPurpose;
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
    purpose: { type: 'string', length: 32 },
    tokenHash: { type: 'string', length: 64, unique: 'password_reset_tokens_token_hash_unique' },
    expiresAt: { type: 'datetime' },
    usedAt: { type: 'datetime', nullable: true },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  },
});
