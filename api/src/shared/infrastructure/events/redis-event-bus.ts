import Redis from 'ioredis';
import { LocalSubscribers, type EventBus } from './event-bus';

export const REDIS_EVENTS_CHANNEL = 'pix-libre:events';

/** Events through Redis pub/sub (REDIS_URL): one connection publishes, one subscribes (ioredis reconnects by itself). */
export class RedisEventBus implements EventBus {
  private readonly subscribers = new LocalSubscribers();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(url: string, private readonly onError?: (error: unknown) => void) {
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: true });
    this.publisher.on('error', (error) => onError?.(error));
    this.subscriber.on('error', (error) => onError?.(error));
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === REDIS_EVENTS_CHANNEL) this.subscribers.deliver(message);
    });
  }

  async start(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(REDIS_EVENTS_CHANNEL);
  }

  async stop(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    this.subscribers.local(channel, payload);
    await this.publisher.publish(REDIS_EVENTS_CHANNEL, this.subscribers.encode(channel, payload));
  }

  subscribe(channel: string, listener: (payload: unknown) => void): () => void {
    return this.subscribers.add(channel, listener);
  }
}
