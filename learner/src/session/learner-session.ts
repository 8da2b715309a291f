import { useApolloClient } from '@apollo/client/react';
import type { Session, SessionPayload } from '@pix-libre/ui-shared';
import { createContext, useCallback, useContext } from 'react';

/**
 * The app's Session (created in main.tsx, the one given to AuthProvider), for the operations that
 * open a session other than AuthProvider's logIn and signUp: changeExpiredPassword.
 */
export const LearnerSessionContext = createContext<Session | null>(null);

/**
 * Opens the session of an AuthPayload the way AuthProvider's logIn does: the Apollo cache is
 * emptied, then the access token is kept in memory (the refresh token is already in the
 * server's httpOnly cookie).
 */
export function useStartSession(): (payload: SessionPayload) => Promise<void> {
  const session = useContext(LearnerSessionContext);
  const client = useApolloClient();
  return useCallback(
    async (payload: SessionPayload) => {
      if (!session) throw new Error('useStartSession must be used inside <LearnerSessionContext.Provider>');
      await client.clearStore();
      session.start(payload);
    },
    [client, session],
  );
}
