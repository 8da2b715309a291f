import { Layout, NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { FinalizationRoute } from './features/finalization/FinalizationRoute';
import { HomeRoute } from './features/home/HomeRoute';
import { InvigilatorLoginRoute, InvigilatorSessionRoute } from './features/invigilation/InvigilationRoutes';
import { LogInRoute } from './features/log-in/LogInRoute';
import { paths } from './urls';

/** Every route of Pix Certif. */
export function CertifRoutes() {
  return (
    <Routes>
      <Route element={<Layout consoleName="Certif" />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        {/* The invigilator's space: no account, a token for one session. */}
        <Route path={paths.invigilation} element={<InvigilatorLoginRoute />} />
        <Route path={paths.invigilatorSession} element={<InvigilatorSessionRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.sessionFinalization} element={<FinalizationRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
