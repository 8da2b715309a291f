import { HomeView } from './HomeView';

/** Route entry of `/` (protected). */
export function HomeRoute() {
  return <HomeView />;
}
