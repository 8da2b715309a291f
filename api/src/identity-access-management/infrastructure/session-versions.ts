import { Client, type Notification } from 'pg';

/** The channel on which the database announces `'<userId>:<version>'` (or `'<userId>:gone'`) at commit. */
export const SESSION_VERSION_CHANNEL = 'session_version';

/** Versions only grow: a deleted account gets one that no token reaches. */
const GONE = Number.MAX_SAFE_INTEGER;

export interface SessionVersionsOptions {
  /** A connection of its own, kept open to LISTEN. */
  connectionString: string;
  /** The account's current version (one indexed read), null when there is no such account. */
  read: (userId: number) => Promise<number | null>;
  /** Accounts kept in memory; the oldest learnt is forgotten first. */
  maxEntries?: number;
  /** Delay before listening again after the connection dropped. */
  reconnectDelayMs?: number;
  onError?: (error: unknown) => void;
}

/**
 * The session version of the accounts this API node has seen. Every access token carries the version
 * of its account's sessions when it was issued; a log-out, a password change or a change of platform
 * role raises the account's version, which ends every token issued before, at once.
 *
 * The database announces each change to every node (NOTIFY, from a trigger, at commit): a node reads
 * an account's version once, then keeps it up to date from the announcements, so that a request reads
 * nothing in the steady state. While the listening connection is down (announcements could be
 * missed), nothing is kept and every request reads the version: one indexed statement.
 *
 * Announcements and reads may arrive in any order: versions only grow, so the node keeps the highest
 * one it heard of. A read that began before the connection dropped is not kept (`mark`).
 */
export class SessionVersions {
  private readonly known = new Map<number, number>();
  private readonly maxEntries: number;
  /** Changes whenever what is known may have missed an announcement (connection lost or regained). */
  private generation = 0;
  /** The listening connection, or the one being opened. */
  private current: Client | null = null;
  private listening = false;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(private readonly options: SessionVersionsOptions) {
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  /** Starts listening; when the database cannot be reached, requests read their version until it can. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.current;
    this.current = null;
    this.drop();
    await client?.end().catch(() => undefined);
  }

  /** Whether the announcements are received (tests and health). */
  get isListening(): boolean {
    return this.listening;
  }

  /** Whether a token of `tokenVersion` still opens the account's session: no statement when known, else one. */
  async isCurrent(userId: number, tokenVersion: number): Promise<boolean> {
    const known = this.known.get(userId);
    if (known !== undefined) return tokenVersion >= known;
    const mark = this.mark();
    const version = await this.options.read(userId);
    if (version === null) return false;
    this.learn(userId, version, mark);
    return tokenVersion >= version;
  }

  /** To take before reading a version that will be passed to `learn`. */
  mark(): number {
    return this.generation;
  }

  /**
   * A version read (after `mark`) or just written by this node: kept when higher than the one known.
   * Writers call it after their commit, so that this node refuses older tokens before the announcement
   * comes back.
   */
  learn(userId: number, version: number, mark = this.generation): void {
    if (!this.listening || mark !== this.generation) return;
    const known = this.known.get(userId);
    if (known !== undefined) {
      if (known < version) this.known.set(userId, version);
      return;
    }
    this.known.set(userId, version);
    if (this.known.size > this.maxEntries) this.known.delete(this.known.keys().next().value!);
  }

  private onNotification(message: Notification): void {
    if (message.channel !== SESSION_VERSION_CHANNEL || !message.payload) return;
    const [id, value] = message.payload.split(':');
    const userId = Number(id);
    const version = value === 'gone' ? GONE : Number(value);
    if (Number.isInteger(userId) && Number.isInteger(version)) this.learn(userId, version);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.connectionString });
    this.current = client;
    client.on('notification', (message) => this.onNotification(message));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${SESSION_VERSION_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.current !== client) {
      await client.end().catch(() => undefined);
      return;
    }
    // Announcements made before LISTEN were missed: start from nothing.
    this.known.clear();
    this.generation += 1;
    this.listening = true;
  }

  /** Forgets everything and stops trusting what is known. */
  private drop(): void {
    this.listening = false;
    this.known.clear();
    this.generation += 1;
  }

  private lost(client: Client, error?: unknown): void {
    if (client !== this.current) return;
    this.current = null;
    this.drop();
    if (error) this.options.onError?.(error);
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.listen();
    }, this.options.reconnectDelayMs ?? 1000);
    this.retry.unref();
  }
}
