import type { EventBus } from '../../src/shared/infrastructure/events';
import { PgEventBus } from '../../src/shared/infrastructure/events/pg-event-bus';
import { RedisEventBus } from '../../src/shared/infrastructure/events/redis-event-bus';
import { createTestDatabase } from '../helpers/test-database';

/**
 * The live events' bus, both adapters: what one bus publishes reaches the subscribers of another (an
 * other process) once, in order, even 500 at once (PostgreSQL batches them into few NOTIFYs), and the
 * publisher's own subscribers once (at once, not again from the bus).
 */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';

async function until(what: string, probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each([
  ['PostgreSQL', async () => {
    const database = await createTestDatabase();
    return { make: () => new PgEventBus({ connectionString: database.url }), drop: database.drop };
  }],
  ['Redis', async () => ({ make: () => new RedisEventBus(REDIS_URL), drop: async (): Promise<void> => undefined })],
])('the event bus (%s)', (_name, setUp: () => Promise<{ make: () => EventBus; drop: () => Promise<void> }>) => {
  it('carries 500 events published at once to another bus, once each and in order, and to its own subscribers once', async () => {
    const { make, drop } = await setUp();
    const a = make();
    const b = make();
    await a.start();
    await b.start();
    try {
      const channel = `test:${Math.random()}`;
      const onB: number[] = [];
      const onA: number[] = [];
      const elsewhere: unknown[] = [];
      b.subscribe(channel, (payload) => onB.push((payload as { n: number }).n));
      a.subscribe(channel, (payload) => onA.push((payload as { n: number }).n));
      b.subscribe(`${channel}:other`, (payload) => elsewhere.push(payload));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await Promise.all(Array.from({ length: 500 }, (_, n) => a.publish(channel, { n })));
      await until('500 events on B', () => onB.length >= 500);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const expected = Array.from({ length: 500 }, (_, n) => n);
      expect(onB).toEqual(expected);
      expect(onA).toEqual(expected);
      expect(elsewhere).toEqual([]);
    } finally {
      await a.stop();
      await b.stop();
      await drop();
    }
  });
});
