import { NotFoundPage, PageLoader, RequireAuth } from '@pix-libre/ui-shared';
import { lazy, Suspense } from 'react';
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

// "Élèves" brings the data grid: it is loaded with that page only.
const PupilsRoute = lazy(() => import('./features/pupils/PupilsRoute').then((module) => ({ default: module.PupilsRoute })));

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
            <Route
              path={paths.pupils}
              element={
                <Suspense fallback={<PageLoader />}>
                  <PupilsRoute />
                </Suspense>
              }
            />
          </Route>
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
