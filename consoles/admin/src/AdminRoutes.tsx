import { NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { HomeRoute } from './features/home/HomeRoute';
import { ApiClientsRoute } from './features/api-clients/ApiClientsRoute';
import { JuryCertificationRoute } from './features/jury-certification/JuryCertificationRoute';
import { JurySessionRoute } from './features/jury-session/JurySessionRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { SessionsToProcessRoute } from './features/sessions-to-process/SessionsToProcessRoute';
import { AdminLayout } from './layout/AdminLayout';
import { paths } from './urls';

/** Every route of Pix Admin. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.apiClients} element={<ApiClientsRoute />} />
          <Route path={paths.sessionsToProcess} element={<SessionsToProcessRoute />} />
          <Route path={paths.jurySession} element={<JurySessionRoute />} />
          <Route path={paths.juryCertification} element={<JuryCertificationRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
