import { Layout, NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { HomeRoute } from './features/home/HomeRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { paths } from './urls';

/** Every route of Pix Certif. */
export function CertifRoutes() {
  return (
    <Routes>
      <Route element={<Layout consoleName="Certif" />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
