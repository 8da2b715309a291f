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

/** This process, in the messages it sends: its own come back from the bus and are skipped. */
export const PROCESS_ORIGIN = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * The subscribers of this process, by channel (what both adapters share). An event published here is
 * handed to this process's subscribers at once (no round trip through the bus); the copy that comes
 * back from the bus is skipped.
 */
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

  /** A message as both adapters carry it: `{"c": channel, "p": payload, "o": origin}`; this process's own are skipped. */
  deliver(message: string): void {
    let parsed: { c?: unknown; p?: unknown; o?: unknown };
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (typeof parsed.c !== 'string' || parsed.o === PROCESS_ORIGIN) return;
    this.local(parsed.c, parsed.p);
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

  get size(): number {
    let total = 0;
    for (const set of this.listeners.values()) total += set.size;
    return total;
  }
}

export const encodeEvent = (channel: string, payload: unknown) => JSON.stringify({ c: channel, p: payload, o: PROCESS_ORIGIN });
