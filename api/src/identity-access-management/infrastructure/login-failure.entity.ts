import { EntitySchema } from '@mikro-orm/core';

/** Failed log-ins counted per scope (`account` or `address`) and key, over a sliding window. */
export class LoginFailureEntity {
  scope!: string;
  key!: string;
  failures: number = 0;
  windowStartedAt!: Date;
  blockedUntil?: Date | null;
}

export const LoginFailureSchema = new EntitySchema<LoginFailureEntity>({
  class: LoginFailureEntity,
  tableName: 'login_failures',
  properties: {
    scope: { type: 'string', length: 16, primary: true },
    key: { type: 'string', length: 255, primary: true },
    failures: { type: 'integer', default: 0 },
    windowStartedAt: { type: 'datetime' },
    blockedUntil: { type: 'datetime', nullable: true },
  },
});
