import { mountApp } from '@pix-libre/ui-shared';
import { adminResources } from './i18n';
import { AdminRoutes } from './AdminRoutes';

mountApp({
  title: 'Pix Admin',
  resources: adminResources,
  basePath: import.meta.env.BASE_URL,
  routes: <AdminRoutes />,
});
