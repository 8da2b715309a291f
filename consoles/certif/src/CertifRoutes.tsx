import { NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { HomeRoute } from './features/home/HomeRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { SessionRoute } from './features/session/SessionRoute';
import { SessionCreationRoute } from './features/sessions/SessionCreationRoute';
import { SessionsRoute } from './features/sessions/SessionsRoute';
import { JoinRoute } from './features/team/JoinRoute';
import { TeamRoute } from './features/team/TeamRoute';
import { CertifLayout } from './layout/CertifLayout';
import { paths } from './urls';

/** Every route of Pix Certif. */
export function CertifRoutes() {
  return (
    <Routes>
      <Route element={<CertifLayout />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route path={paths.join} element={<JoinRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.sessions} element={<SessionsRoute />} />
          <Route path={paths.sessionCreation} element={<SessionCreationRoute />} />
          <Route path={paths.session} element={<SessionRoute />} />
          <Route path={paths.team} element={<TeamRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
