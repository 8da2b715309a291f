import { mountApp } from '@pix-libre/ui-shared';
import { certifResources } from './i18n';
import { CertifRoutes } from './CertifRoutes';

mountApp({
  title: 'Pix Certif',
  resources: certifResources,
  basePath: import.meta.env.BASE_URL,
  routes: <CertifRoutes />,
});
