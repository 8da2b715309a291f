import { Layout, useAuth } from '@pix-libre/ui-shared';
import type { PlatformRole } from '../__generated__/graphql';
import { paths } from '../urls';
import { navEntriesFor } from './admin-nav-entries';
import { AdminNav } from './AdminNav';

/** The shared layout with Pix Admin's navigation (the sections of the viewer's platform role). */
export function AdminLayout() {
  const { user } = useAuth();
  const entries = navEntriesFor(user?.platformRole as PlatformRole | null | undefined);
  return <Layout consoleName="Admin" loginPath={paths.logIn} nav={entries.length ? <AdminNav entries={entries} /> : undefined} />;
}
