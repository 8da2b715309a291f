import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageLoader } from '../components/PageLoader';
import { useAuth } from './auth-context';

export interface RequireAuthProps {
  /** Where anonymous visitors go; the page they asked for is kept in `state.from`. */
  loginPath?: string;
  children?: ReactNode;
}

/** Route guard: renders its children (or the nested routes) only for a logged-in user. */
export function RequireAuth({ loginPath = '/connexion', children }: RequireAuthProps) {
  const { user, loading } = useAuth();
  const location = useLocation();
  if (loading) return <PageLoader />;
  if (!user) return <Navigate to={loginPath} replace state={{ from: location }} />;
  return children ? <>{children}</> : <Outlet />;
}

/** Where to go after logging in: the protected page first asked for, else `fallback`. */
export function useRedirectTarget(fallback = '/'): string {
  const location = useLocation();
  const from = (location.state as { from?: { pathname?: string; search?: string; hash?: string } } | null)?.from;
  if (!from?.pathname) return fallback;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}
