/**
 * One publish/subscribe port for live events between API processes (the invigilator's live list). Two
 * adapters: PostgreSQL LISTEN/NOTIFY by default (pg-event-bus.ts, a dedicated connection), Redis when
 * REDIS_URL is set (redis-event-bus.ts). Every process receives every event and hands it to its own
 * subscribers of that channel. Delivery is at most once: a client that may have missed events (a
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

/** The subscribers of this process, by channel (what both adapters share). */
export class LocalSubscribers {
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

  /** A message as both adapters carry it: `{"c": channel, "p": payload}`. */
  deliver(message: string): void {
    let parsed: { c?: unknown; p?: unknown };
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (typeof parsed.c !== 'string') return;
    for (const listener of this.listeners.get(parsed.c) ?? []) {
      try {
        listener(parsed.p);
      } catch {
        // one subscriber's failure does not stop the others
      }
    }
  }

  get size(): number {
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }
}

export const encodeEvent = (channel: string, payload: unknown) => JSON.stringify({ c: channel, p: payload });
