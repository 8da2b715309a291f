import { EntitySchema } from '@mikro-orm/core';

/** One throttle counter (scope, key) over its window; written only by ThrottleRepository's statements. */
export class ThrottleCounterEntity {
  scope!: string;
  key!: string;
  attempts!: number;
  maxAttempts!: number;
  windowEndsAt!: Date;
}

export const ThrottleCounterSchema = new EntitySchema<ThrottleCounterEntity>({
  class: ThrottleCounterEntity,
  tableName: 'throttle_counters',
  properties: {
    scope: { type: 'string', length: 32, primary: true },
    key: { type: 'string', length: 255, primary: true },
    attempts: { type: 'integer' },
    maxAttempts: { type: 'integer' },
    windowEndsAt: { type: 'datetime', index: 'throttle_counters_window_ends_at_index' },
  },
});
