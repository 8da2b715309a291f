import { useQuery } from '@apollo/client/react';
import { followLiveSubscription } from '@pix-libre/ui-shared';
import { useEffect, useState } from 'react';
import { SessionActivitySubscription, SupervisedSessionQuery } from './invigilation.graphql';

/** Polling of the live list: every 3 s without WebSocket; every 20 s as a safety net while the subscription runs. */
export const POLL_MS = 3000;
export const SAFETY_POLL_MS = 20000;

/**
 * The session's live list for its invigilator: read again at every `sessionActivity` event over
 * graphql-ws, and polled every few seconds when the WebSocket fails or closes (never both often).
 */
export function useLiveSession(sessionId: string, token: string, options: { live?: boolean } = {}) {
  const [connected, setConnected] = useState(false);
  const query = useQuery(SupervisedSessionQuery, {
    variables: { sessionId },
    context: { bearerToken: token },
    fetchPolicy: 'network-only',
    pollInterval: connected ? SAFETY_POLL_MS : POLL_MS,
  });
  const { refetch } = query;
  const live = options.live ?? typeof WebSocket !== 'undefined';

  useEffect(() => {
    if (!live) return;
    return followLiveSubscription({
      query: SessionActivitySubscription,
      variables: { sessionId },
      token,
      onConnected: () => setConnected(true),
      onEvent: () => void refetch().catch(() => undefined),
      onFailure: () => setConnected(false),
    });
  }, [live, sessionId, token, refetch]);

  return { ...query, connected };
}
