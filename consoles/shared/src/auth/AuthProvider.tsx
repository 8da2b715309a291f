import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../apollo/session';
import { currentLanguage } from '../i18n/i18n';
import { LogInMutation, LogOutMutation, SignUpMutation } from './auth.graphql';
import { AuthContext, type AuthContextValue, type LogOutReason } from './auth-context';

export interface AuthProviderProps {
  session: Session;
  children: ReactNode;
}

/**
 * Holds the session for React: restores it on start (refreshSession from the cookie), logs in,
 * signs up and logs out. The Apollo cache is emptied whenever the user changes.
 */
export function AuthProvider({ session, children }: AuthProviderProps) {
  const client = useApolloClient();
  const { i18n } = useTranslation();
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [logOutReason, setLogOutReason] = useState<LogOutReason | null>(null);
  const [logInMutation] = useMutation(LogInMutation, { context: { skipAuth: true }, fetchPolicy: 'no-cache' });
  const [signUpMutation] = useMutation(SignUpMutation, { context: { skipAuth: true }, fetchPolicy: 'no-cache' });
  const [logOutMutation] = useMutation(LogOutMutation, { fetchPolicy: 'no-cache' });

  useEffect(() => {
    void session.restore();
  }, [session]);

  const logIn = useCallback<AuthContextValue['logIn']>(
    async (values) => {
      const { data } = await logInMutation({ variables: { input: { login: values.login, password: values.password } } });
      if (!data) throw new Error('logIn returned no data');
      await client.clearStore();
      setLogOutReason(null);
      session.start(data.logIn);
      return data.logIn.user;
    },
    [client, logInMutation, session],
  );

  const signUp = useCallback<AuthContextValue['signUp']>(
    async (values) => {
      const { data } = await signUpMutation({
        variables: { input: { ...values, locale: currentLanguage(i18n) } },
      });
      if (!data) throw new Error('signUp returned no data');
      await client.clearStore();
      setLogOutReason(null);
      session.start(data.signUp);
      return data.signUp.user;
    },
    [client, i18n, session, signUpMutation],
  );

  const logOut = useCallback<AuthContextValue['logOut']>(
    async (reason = 'user') => {
      try {
        await logOutMutation();
      } catch {
        // The session ends on this device anyway; the server forgets expired tokens by itself.
      }
      setLogOutReason(reason);
      session.end();
      await client.clearStore();
    },
    [client, logOutMutation, session],
  );

  const value = useMemo<AuthContextValue>(
    () => ({
      user: snapshot.user,
      loading: snapshot.status === 'unknown',
      logOutReason,
      logIn,
      signUp,
      logOut,
    }),
    [snapshot, logOutReason, logIn, signUp, logOut],
  );

  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
