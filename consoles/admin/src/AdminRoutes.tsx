import { Layout, NotFoundPage, RequireAuth } from '@pix-libre/ui-shared';
import { Route, Routes } from 'react-router';
import { HomeRoute } from './features/home/HomeRoute';
import { ApiClientsRoute } from './features/api-clients/ApiClientsRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { AuditLogRoute } from './features/audit-log/AuditLogRoute';
import { UserRoute } from './features/users/UserRoute';
import { UsersRoute } from './features/users/UsersRoute';
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
          <Route path={paths.users} element={<UsersRoute />} />
          <Route path={paths.user} element={<UserRoute />} />
          <Route path={paths.auditLog} element={<AuditLogRoute />} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
