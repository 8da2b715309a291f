import { Client, Pool } from 'pg';
import { LocalSubscribers, type EventBus } from './event-bus';

/** The PostgreSQL channel every process listens to. */
export const EVENTS_CHANNEL = 'pix_events';

/** A NOTIFY payload is at most 8 000 bytes: a batch stays below. */
const MAX_BATCH_BYTES = 7000;

/**
 * Events through PostgreSQL: a dedicated connection LISTENs (reconnecting after a loss), another sends
 * `pg_notify` (outside the request's transaction: the caller publishes after its commit). Every NOTIFY
 * is a transaction that PostgreSQL commits one at a time (a global lock, a WAL flush): sending each
 * event alone would queue them under load. So the sender batches: the events published while a NOTIFY
 * is in flight leave together in the next one (a JSON array), and its commit does not wait for the WAL
 * flush (`synchronous_commit=off`: an event is at most once anyway).
 */
export class PgEventBus implements EventBus {
  private readonly subscribers = new LocalSubscribers();
  private listener: Client | null = null;
  private readonly pool: Pool;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private pending: { message: string; done: (error?: unknown) => void }[] = [];
  private flushing = false;

  constructor(private readonly options: { connectionString: string; onError?: (error: unknown) => void; reconnectDelayMs?: number }) {
    this.pool = new Pool({ connectionString: options.connectionString, max: 1, options: '-c synchronous_commit=off' });
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
    const message = this.subscribers.encode(channel, payload);
    if (Buffer.byteLength(message) > MAX_BATCH_BYTES) throw new Error(`event too large for NOTIFY (${channel})`);
    await new Promise<void>((resolve, reject) => {
      this.pending.push({ message, done: (error) => (error ? reject(error) : resolve()) });
      if (!this.flushing) void this.flush();
    });
  }

  /** Sends what is pending, a batch per NOTIFY, one NOTIFY at a time. */
  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.pending.length) {
        const batch: typeof this.pending = [];
        let bytes = 2;
        while (this.pending.length && bytes + Buffer.byteLength(this.pending[0].message) + 1 <= MAX_BATCH_BYTES) {
          const next = this.pending.shift()!;
          bytes += Buffer.byteLength(next.message) + 1;
          batch.push(next);
        }
        try {
          await this.pool.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, `[${batch.map((b) => b.message).join(',')}]`]);
          for (const b of batch) b.done();
        } catch (error) {
          for (const b of batch) b.done(error);
        }
      }
    } finally {
      this.flushing = false;
    }
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
