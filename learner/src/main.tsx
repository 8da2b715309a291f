import { mountApp } from '@pix-libre/ui-shared';
import { learnerResources } from './i18n';
import { LearnerRoutes } from './LearnerRoutes';

mountApp({
  title: 'Pix libre',
  resources: learnerResources,
  basePath: import.meta.env.BASE_URL,
  routes: <LearnerRoutes />,
});
