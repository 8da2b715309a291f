import { NotFoundPage, PageLoader, RequireAuth } from '@pix-libre/ui-shared';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ActivationRoute } from './features/activation/ActivationRoute';
import { HomeRoute } from './features/home/HomeRoute';
import { JoinRoute } from './features/join/JoinRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { OrganizationHomeRoute } from './features/organization/OrganizationHomeRoute';
import { OrganizationRoute } from './features/organization/OrganizationRoute';
import { TeamRoute } from './features/team/TeamRoute';
import { OrgaLayout } from './layout/OrgaLayout';
import { paths } from './urls';

// "Élèves" and "Campagnes" bring the data grid: each is loaded with its pages only.
const PupilsRoute = lazy(() => import('./features/pupils/PupilsRoute').then((module) => ({ default: module.PupilsRoute })));
const CampaignsRoute = lazy(() => import('./features/campaigns/CampaignsRoute').then((module) => ({ default: module.CampaignsRoute })));
const CampaignCreationRoute = lazy(() =>
  import('./features/campaigns/CampaignCreationRoute').then((module) => ({ default: module.CampaignCreationRoute })),
);
const CertificationResultsRoute = lazy(() =>
  import('./features/certification-results/CertificationResultsRoute').then((module) => ({ default: module.CertificationResultsRoute })),
);
const CampaignRoute = lazy(() => import('./features/campaigns/CampaignRoute').then((module) => ({ default: module.CampaignRoute })));

const loading = (element: ReactNode) => <Suspense fallback={<PageLoader />}>{element}</Suspense>;

/** Every route of Pix Orga. */
export function OrgaRoutes() {
  return (
    <Routes>
      <Route element={<OrgaLayout />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route path={paths.activation} element={<ActivationRoute />} />
        <Route path={paths.join} element={<JoinRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.organization} element={<OrganizationRoute />}>
            <Route index element={<OrganizationHomeRoute />} />
            <Route path={paths.team} element={<TeamRoute />} />
            <Route path={paths.campaigns} element={loading(<CampaignsRoute />)} />
            <Route path={paths.campaignCreation} element={loading(<CampaignCreationRoute />)} />
            <Route path={paths.campaign} element={loading(<CampaignRoute />)} />
            <Route path={paths.pupils} element={loading(<PupilsRoute />)} />
            <Route path={paths.certificationResults} element={loading(<CertificationResultsRoute />)} />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
