import type { EventBus } from './event-bus';
import { PgEventBus } from './pg-event-bus';
import { RedisEventBus } from './redis-event-bus';

export type { EventBus } from './event-bus';

/** Redis when REDIS_URL is set, else PostgreSQL LISTEN/NOTIFY on the platform's database. */
export function createEventBus(options: { databaseUrl: string; redisUrl: string | null; onError?: (error: unknown) => void }): EventBus {
  return options.redisUrl ? new RedisEventBus(options.redisUrl, options.onError) : new PgEventBus({ connectionString: options.databaseUrl, onError: options.onError });
}
