import { Client, Pool } from 'pg';
import { encodeEvent, LocalSubscribers, type EventBus } from './event-bus';

/** The PostgreSQL channel every process listens to. */
export const EVENTS_CHANNEL = 'pix_events';

/**
 * Events through PostgreSQL: a dedicated connection LISTENs (reconnecting after a loss), a small pool
 * sends `pg_notify` (outside the request's transaction: the caller publishes after its commit).
 */
export class PgEventBus implements EventBus {
  private readonly subscribers = new LocalSubscribers();
  private listener: Client | null = null;
  private readonly pool: Pool;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly options: { connectionString: string; onError?: (error: unknown) => void; reconnectDelayMs?: number }) {
    this.pool = new Pool({ connectionString: options.connectionString, max: 4 });
    this.pool.on('error', (error) => options.onError?.(error));
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
    await this.pool.end().catch(() => undefined);
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    this.subscribers.local(channel, payload);
    await this.pool.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, encodeEvent(channel, payload)]);
  }

  subscribe(channel: string, listener: (payload: unknown) => void): () => void {
    return this.subscribers.add(channel, listener);
  }

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.connectionString });
    this.listener = client;
    client.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL && message.payload) this.subscribers.deliver(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: Client, error?: unknown): void {
    if (this.listener !== client || this.stopped) return;
    if (error) this.options.onError?.(error);
    this.listener = null;
    client.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.listen();
    }, this.options.reconnectDelayMs ?? 1000);
  }
}
