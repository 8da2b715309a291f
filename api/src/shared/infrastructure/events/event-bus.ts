import { randomBytes } from 'node:crypto';

/**
 * One publish/subscribe port for live events between API processes (the invigilator's live list). Two
 * adapters: PostgreSQL LISTEN/NOTIFY by default (pg-event-bus.ts, a dedicated connection), Redis when
 * REDIS_URL is set (redis-event-bus.ts). Every process receives every event and hands it to its own
 * subscribers of that channel (its own events at once, without the round trip). Delivery is at most once: a client that may have missed events (a
 * reconnection) reads the state again (the live-list query).
 */
export interface EventBus {
  /** Sends `payload` (JSON, small) to every subscriber of `channel` in every process. Call it after the commit. */
  publish(channel: string, payload: unknown): Promise<void>;
  /** Listens to one channel in this process; returns how to stop. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The subscribers of this process, by channel (what both adapters share). An event published here is
 * handed to this process's subscribers at once (no round trip through the bus); the copy that comes
 * back from the bus is skipped.
 */
export class LocalSubscribers {
  /** This bus, in the messages it sends: its own come back from the bus and are skipped. */
  readonly origin = `${process.pid}-${randomBytes(6).toString('hex')}`;
  private readonly listeners = new Map<string, Set<(payload: unknown) => void>>();

  add(channel: string, listener: (payload: unknown) => void): () => void {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    return () => {
      set!.delete(listener);
      if (!set!.size) this.listeners.delete(channel);
    };
  }

  /**
   * A message as the adapters carry it: `{"c": channel, "p": payload, "o": origin}`, or an array of them
   * (PostgreSQL's batches); this process's own are skipped.
   */
  deliver(message: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    for (const event of (Array.isArray(parsed) ? parsed : [parsed]) as { c?: unknown; p?: unknown; o?: unknown }[]) {
      if (!event || typeof event.c !== 'string' || event.o === this.origin) continue;
      this.local(event.c, event.p);
    }
  }

  /** Hands an event to this process's subscribers of the channel. */
  local(channel: string, payload: unknown): void {
    for (const listener of this.listeners.get(channel) ?? []) {
      try {
        listener(payload);
      } catch {
        // one subscriber's failure does not stop the others
      }
    }
  }

  encode(channel: string, payload: unknown): string {
    return JSON.stringify({ c: channel, p: payload, o: this.origin });
  }

  get size(): number {
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }
}
