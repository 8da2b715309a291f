import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext } from 'react';
import type { Session, SessionPayload } from '../apollo/session';

/**
 * The app's Session (access token in memory, its renewal), given by AppProviders: for requests
 * that do not go through Apollo (an upload sent with XMLHttpRequest for its progress) and for the
 * operations that open a session other than AuthProvider's logIn and signUp. Null outside
 * AppProviders (component tests that do not provide one).
 */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/**
 * Opens the session of an AuthPayload the way AuthProvider's logIn does: the Apollo cache is
 * emptied, then the access token is kept in memory (the refresh token is in the httpOnly cookie).
 */
export function useStartSession(): (payload: SessionPayload) => Promise<void> {
  const session = useSession();
  const client = useApolloClient();
  return useCallback(
    async (payload: SessionPayload) => {
      if (!session) throw new Error('useStartSession must be used inside <SessionContext.Provider> (AppProviders gives it)');
      await client.clearStore();
      session.start(payload);
    },
    [client, session],
  );
}
