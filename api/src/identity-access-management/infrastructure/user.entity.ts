import { EntitySchema, OptionalProps } from '@mikro-orm/core';

export type PlatformRoleValue = 'SUPER_ADMIN' | 'SUPPORT' | 'METIER' | 'CERTIF';

export class UserEntity {
  [OptionalProps]?: 'mustChangePassword' | 'locale' | 'sessionVersion' | 'createdAt' | 'updatedAt';
  id!: number;
  firstName!: string;
  lastName!: string;
  email?: string | null;
  username?: string | null;
  passwordHash!: string;
  mustChangePassword: boolean = false;
  locale: string = 'fr';
  platformRole?: PlatformRoleValue | null;
  cguAcceptedAt?: Date | null;
  lastLoggedAt?: Date | null;
  /** Set when the account was anonymised at its owner's request (GDPR): its personal data are gone. */
  anonymizedAt?: Date | null;
  anonymizedByUserId?: number | null;
  /**
   * Raised by a log-out, and by the database when the password or the platform role changes (see
   * the migration session_versions_and_token_purposes): access tokens of an older version are refused.
   */
  sessionVersion: number = 0;
  createdAt: Date = new Date();
  updatedAt: Date = new Date();
}

export const UserSchema = new EntitySchema<UserEntity>({
  class: UserEntity,
  tableName: 'users',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: true },
    firstName: { type: 'string', length: 255 },
    lastName: { type: 'string', length: 255 },
    email: { type: 'string', length: 255, nullable: true, unique: 'users_email_unique' },
    username: { type: 'string', length: 255, nullable: true, unique: 'users_username_unique' },
    passwordHash: { type: 'string', length: 255, lazy: true },
    mustChangePassword: { type: 'boolean', default: false },
    locale: { type: 'string', length: 5, default: 'fr' },
    platformRole: { type: 'string', length: 20, nullable: true },
    cguAcceptedAt: { type: 'datetime', nullable: true },
    lastLoggedAt: { type: 'datetime', nullable: true },
    anonymizedAt: { type: 'datetime', nullable: true },
    anonymizedByUserId: { type: 'integer', nullable: true },
    sessionVersion: { type: 'integer', default: 0 },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
    updatedAt: { type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() },
  },
});
