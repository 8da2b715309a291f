import { Layout, NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { HomeRoute } from './features/home/HomeRoute';
import { ApiClientsRoute } from './features/api-clients/ApiClientsRoute';
import { CertificationCenterRoute } from './features/certification-centers/CertificationCenterRoute';
import { CertificationCentersRoute } from './features/certification-centers/CertificationCentersRoute';
import { CreateCertificationCenterRoute } from './features/certification-centers/CreateCertificationCenterRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { CreateOrganizationRoute } from './features/organizations/CreateOrganizationRoute';
import { OrganizationRoute } from './features/organizations/OrganizationRoute';
import { OrganizationsRoute } from './features/organizations/OrganizationsRoute';
import { paths } from './urls';

/** Every route of Pix Admin. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route element={<Layout consoleName="Admin" />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.apiClients} element={<ApiClientsRoute />} />
          <Route path={paths.organizations} element={<OrganizationsRoute />} />
          <Route path={paths.newOrganization} element={<CreateOrganizationRoute />} />
          <Route path={paths.organization} element={<OrganizationRoute />} />
          <Route path={paths.certificationCenters} element={<CertificationCentersRoute />} />
          <Route path={paths.newCertificationCenter} element={<CreateCertificationCenterRoute />} />
          <Route path={paths.certificationCenter} element={<CertificationCenterRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
