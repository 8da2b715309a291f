import { mountApp } from '@pix-libre/ui-shared';
import { orgaResources } from './i18n';
import { OrgaRoutes } from './OrgaRoutes';

mountApp({
  title: 'Pix Orga',
  resources: orgaResources,
  basePath: import.meta.env.BASE_URL,
  routes: <OrgaRoutes />,
});
