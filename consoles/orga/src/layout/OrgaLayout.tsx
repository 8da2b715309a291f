import { skipToken, useQuery } from '@apollo/client/react';
import { Layout, useAuth } from '@pix-libre/ui-shared';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { rememberOrganization, sortMemberships } from '../organizations/current-organization';
import { OrgaMembershipsQuery } from '../organizations/memberships.graphql';
import { paths, switchOrganizationPath, urls } from '../urls';
import { OrgaNav } from './OrgaNav';

/** The shared layout with Pix Orga's navigation and organisation switcher (logged-in users). */
export function OrgaLayout() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const match = useMatch({ path: paths.organization, end: false });
  const currentOrganizationId = match?.params.organizationId ?? null;
  const { data } = useQuery(OrgaMembershipsQuery, user ? {} : skipToken);
  const memberships = user && data ? sortMemberships(data.me.memberships) : [];

  const switchTo = (organizationId: string) => {
    rememberOrganization(organizationId);
    navigate(currentOrganizationId ? switchOrganizationPath(location.pathname, organizationId) : urls.organization(organizationId));
  };

  const showNav = Boolean(user) && (currentOrganizationId !== null || memberships.length > 1);
  return (
    <Layout
      consoleName="Orga"
      loginPath={paths.logIn}
      nav={showNav ? <OrgaNav memberships={memberships} currentOrganizationId={currentOrganizationId} onSwitch={switchTo} /> : undefined}
    />
  );
}
