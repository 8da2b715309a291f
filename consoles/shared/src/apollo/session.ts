import type { SessionFragment, SessionUserFragment } from '../__generated__/graphql';

export type SessionUser = SessionUserFragment;
export type SessionPayload = SessionFragment;

export type SessionStatus = 'unknown' | 'authenticated' | 'anonymous';

export interface SessionSnapshot {
  status: SessionStatus;
  user: SessionUser | null;
}

/** Asks the server for a new access token (refreshSession); resolves null when it refuses. */
export type SessionRefresher = () => Promise<SessionPayload | null>;

const UNKNOWN: SessionSnapshot = { status: 'unknown', user: null };
const ANONYMOUS: SessionSnapshot = { status: 'anonymous', user: null };

/**
 * The client side of a session. The access token is kept in memory only (never in storage);
 * the refresh token stays in the server's httpOnly cookie. A small external store: React reads
 * it through useSyncExternalStore, the Apollo link reads the token and asks for renewals.
 */
export class Session {
  private accessToken: string | null = null;
  private snapshot: SessionSnapshot = UNKNOWN;
  private readonly listeners = new Set<() => void>();
  private refresher: SessionRefresher | null = null;
  private pendingRefresh: Promise<boolean> | null = null;
  private restoring: Promise<boolean> | null = null;

  getAccessToken(): string | null {
    return this.accessToken;
  }

  getSnapshot = (): SessionSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  setRefresher(refresher: SessionRefresher): void {
    this.refresher = refresher;
  }

  /** Starts a session from a logIn, signUp or refreshSession payload. */
  start(payload: SessionPayload): void {
    this.accessToken = payload.accessToken;
    this.update({ status: 'authenticated', user: payload.user });
  }

  /** Ends the session locally (after logOut, or when the server refuses to renew it). */
  end(): void {
    this.accessToken = null;
    this.update(ANONYMOUS);
  }

  /**
   * On app start: asks the server to renew the session from its cookie, once per page load,
   * so that a session survives a reload.
   */
  restore(): Promise<boolean> {
    if (!this.restoring) {
      this.restoring = this.snapshot.status === 'unknown' ? this.refresh() : Promise.resolve(this.snapshot.status === 'authenticated');
    }
    return this.restoring;
  }

  /**
   * Renews the access token. Concurrent callers share one request to the server.
   * Resolves true when a new token is in place; otherwise the session is ended.
   */
  refresh(): Promise<boolean> {
    if (!this.pendingRefresh) {
      const refresher = this.refresher;
      this.pendingRefresh = (refresher ? refresher().catch(() => null) : Promise.resolve(null))
        .then((payload) => {
          if (payload) {
            this.start(payload);
            return true;
          }
          this.end();
          return false;
        })
        .finally(() => {
          this.pendingRefresh = null;
        });
    }
    return this.pendingRefresh;
  }

  /**
   * Called when the server rejected `failedToken` as unauthenticated. When another request has
   * already renewed the token meanwhile, the caller can retry at once; otherwise it waits for
   * the (shared) refresh.
   */
  renewAfterRejection(failedToken: string): Promise<boolean> {
    if (this.accessToken && this.accessToken !== failedToken) return Promise.resolve(true);
    return this.refresh();
  }

  private update(snapshot: SessionSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of [...this.listeners]) listener();
  }
}
