import { NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { FinalizationRoute } from './features/finalization/FinalizationRoute';
import { HomeRoute } from './features/home/HomeRoute';
import { InvigilatorLoginRoute, InvigilatorSessionRoute } from './features/invigilation/InvigilationRoutes';
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
        {/* The invigilator's space: no account, a token for one session. */}
        <Route path={paths.invigilation} element={<InvigilatorLoginRoute />} />
        <Route path={paths.invigilatorSession} element={<InvigilatorSessionRoute />} />
        <Route path={paths.join} element={<JoinRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.sessionFinalization} element={<FinalizationRoute />} />
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
