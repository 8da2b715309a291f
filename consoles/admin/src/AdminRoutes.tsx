import { NotFoundPage, PageLoader, RequireAuth } from '@pix-libre/ui-shared';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { HomeRoute } from './features/home/HomeRoute';
import { ApiClientsRoute } from './features/api-clients/ApiClientsRoute';
import { CertificationCenterRoute } from './features/certification-centers/CertificationCenterRoute';
import { CertificationCentersRoute } from './features/certification-centers/CertificationCentersRoute';
import { CreateCertificationCenterRoute } from './features/certification-centers/CreateCertificationCenterRoute';
import { LogInRoute } from './features/log-in/LogInRoute';
import { AdminLayout } from './layout/AdminLayout';
import { CreateOrganizationRoute } from './features/organizations/CreateOrganizationRoute';
import { OrganizationRoute } from './features/organizations/OrganizationRoute';
import { OrganizationsRoute } from './features/organizations/OrganizationsRoute';
import { AuditLogRoute } from './features/audit-log/AuditLogRoute';
import { UserRoute } from './features/users/UserRoute';
import { UsersRoute } from './features/users/UsersRoute';
import { CreateTargetProfileRoute, EditTargetProfileRoute } from './features/target-profiles/TargetProfileEditorRoutes';
import { TargetProfileRoute } from './features/target-profiles/TargetProfileRoute';
import { TargetProfilesRoute } from './features/target-profiles/TargetProfilesRoute';
import { paths } from './urls';

// The jury's pages bring the data grid and the challenge renderer: loaded with them only.
const SessionsToProcessRoute = lazy(() =>
  import('./features/sessions-to-process/SessionsToProcessRoute').then((module) => ({ default: module.SessionsToProcessRoute })),
);
const ChallengeStatisticsRoute = lazy(() =>
  import('./features/challenge-statistics/ChallengeStatisticsRoute').then((module) => ({ default: module.ChallengeStatisticsRoute })),
);
const JurySessionRoute = lazy(() => import('./features/jury-session/JurySessionRoute').then((module) => ({ default: module.JurySessionRoute })));
const JuryCertificationRoute = lazy(() =>
  import('./features/jury-certification/JuryCertificationRoute').then((module) => ({ default: module.JuryCertificationRoute })),
);

// The content pages bring the data grid and the challenge renderer too.
const ContentRoute = lazy(() => import('./features/content/ContentRoute').then((module) => ({ default: module.ContentRoute })));
const ContentChallengeRoute = lazy(() => import('./features/content/ContentChallengeRoute').then((module) => ({ default: module.ContentChallengeRoute })));
const SandboxRoute = lazy(() => import('./features/content/SandboxRoute').then((module) => ({ default: module.SandboxRoute })));

const loading = (element: ReactNode) => <Suspense fallback={<PageLoader />}>{element}</Suspense>;

/** Every route of Pix Admin. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route element={<AdminLayout />}>
        <Route path={paths.logIn} element={<LogInRoute />} />
        <Route element={<RequireAuth loginPath={paths.logIn} />}>
          <Route index element={<HomeRoute />} />
          <Route path={paths.apiClients} element={<ApiClientsRoute />} />
          <Route path={paths.sessionsToProcess} element={loading(<SessionsToProcessRoute />)} />
          <Route path={paths.jurySession} element={loading(<JurySessionRoute />)} />
          <Route path={paths.juryCertification} element={loading(<JuryCertificationRoute />)} />
          <Route path={paths.organizations} element={<OrganizationsRoute />} />
          <Route path={paths.newOrganization} element={<CreateOrganizationRoute />} />
          <Route path={paths.organization} element={<OrganizationRoute />} />
          <Route path={paths.certificationCenters} element={<CertificationCentersRoute />} />
          <Route path={paths.newCertificationCenter} element={<CreateCertificationCenterRoute />} />
          <Route path={paths.certificationCenter} element={<CertificationCenterRoute />} />
          <Route path={paths.users} element={<UsersRoute />} />
          <Route path={paths.user} element={<UserRoute />} />
          <Route path={paths.auditLog} element={<AuditLogRoute />} />
          <Route path={paths.targetProfiles} element={<TargetProfilesRoute />} />
          <Route path={paths.newTargetProfile} element={<CreateTargetProfileRoute />} />
          <Route path={paths.targetProfile} element={<TargetProfileRoute />} />
          <Route path={paths.editTargetProfile} element={<EditTargetProfileRoute />} />
          <Route path={paths.content} element={loading(<ContentRoute />)} />
          <Route path={paths.contentChallenge} element={loading(<ContentChallengeRoute />)} />
          <Route path={paths.sandbox} element={loading(<SandboxRoute />)} />
          <Route path={paths.challengeStatistics} element={loading(<ChallengeStatisticsRoute />)} />
        </Route>
        <Route path="*" element={<NotFoundPage homePath={paths.home} />} />
      </Route>
    </Routes>
  );
}
