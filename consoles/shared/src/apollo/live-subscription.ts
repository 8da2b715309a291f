import { createClient, type Client } from 'graphql-ws';
import { print, type DocumentNode } from 'graphql';

export interface LiveSubscriptionOptions {
  query: DocumentNode;
  variables: Record<string, unknown>;
  /** `connectionParams.authorization` ("Bearer …"): an invigilator's token, or none (a member's cookie session is not sent over WebSocket). */
  token?: string | null;
  /** Each event (the page reads its data again). */
  onEvent: () => void;
  /** The WebSocket is open and subscribed: the page may poll less often. */
  onConnected?: () => void;
  /** The WebSocket failed or closed: the page falls back on polling. */
  onFailure: () => void;
  /** For tests: another WebSocket implementation or URL. */
  url?: string;
  webSocketImpl?: unknown;
}

/** The API's GraphQL WebSocket endpoint on the page's own origin. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * Follows a GraphQL subscription over graphql-ws (the API's `sessionActivity`, for instance). It never
 * retries by itself: a failure is reported once and the caller polls instead. Returns the function
 * that stops it.
 */
export function followLiveSubscription(options: LiveSubscriptionOptions): () => void {
  let client: Client | null = null;
  let failed = false;
  const fail = () => {
    if (failed) return;
    failed = true;
    options.onFailure();
  };
  try {
    client = createClient({
      url: options.url ?? liveUrl(),
      retryAttempts: 0,
      lazy: false,
      connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
      ...(options.webSocketImpl ? { webSocketImpl: options.webSocketImpl } : {}),
      on: {
        connected: () => options.onConnected?.(),
        closed: () => fail(),
        error: () => fail(),
      },
    });
  } catch {
    fail();
    return () => undefined;
  }
  const stop = client.subscribe(
    { query: print(options.query), variables: options.variables },
    { next: () => options.onEvent(), error: () => fail(), complete: () => fail() },
  );
  return () => {
    failed = true;
    stop();
    void client?.dispose();
  };
}
