import { DashboardView } from './DashboardView';

/** Route entry of `/` (protected). */
export function DashboardRoute() {
  return <DashboardView />;
}
