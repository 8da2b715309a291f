import { createContext, useContext } from 'react';
import type { SessionUser } from '../apollo/session';

export interface LogInValues {
  login: string;
  password: string;
}

export interface SignUpValues {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  cgu: boolean;
}

/** Why the last session ended, for the log-in page to explain it. */
export type LogOutReason = 'user' | 'forbidden';

export interface AuthContextValue {
  /** The logged-in user, null when anonymous or while the session is being restored. */
  user: SessionUser | null;
  /** True while the session is being restored on app start. */
  loading: boolean;
  logOutReason: LogOutReason | null;
  /** Rejects with the Apollo error (its messages are translated by the server). */
  logIn(values: LogInValues): Promise<SessionUser>;
  signUp(values: SignUpValues): Promise<SessionUser>;
  logOut(reason?: LogOutReason): Promise<void>;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}
