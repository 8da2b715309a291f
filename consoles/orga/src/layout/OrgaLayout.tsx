import { skipToken, useQuery } from '@apollo/client/react';
import { Layout, useAuth } from '@pix-libre/ui-shared';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { OrganizationHomeQuery } from '../features/organization/organization.graphql';
import { rememberOrganization, sortMemberships } from '../organizations/current-organization';
import { OrgaMembershipsQuery } from '../organizations/memberships.graphql';
import { paths, switchOrganizationPath, urls } from '../urls';
import { OrgaNav } from './OrgaNav';

const SUPPORT_ROLES: readonly string[] = ['SUPER_ADMIN', 'SUPPORT'];

/** The shared layout with Pix Orga's navigation and organisation switcher (logged-in users). */
export function OrgaLayout() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const match = useMatch({ path: paths.organization, end: false });
  const currentOrganizationId = match?.params.organizationId ?? null;
  const { data } = useQuery(OrgaMembershipsQuery, user ? {} : skipToken);
  const memberships = user && data ? sortMemberships(data.me.memberships) : [];
  const currentMembership = memberships.find((membership) => membership.organization.id === currentOrganizationId);
  // The support team opens organisations it does not belong to: their kind is asked separately.
  const isSupport = SUPPORT_ROLES.includes(user?.platformRole ?? '');
  const outside = useQuery(
    OrganizationHomeQuery,
    isSupport && data && currentOrganizationId && !currentMembership ? { variables: { id: currentOrganizationId } } : skipToken,
  );
  const managesPupils = Boolean(currentMembership?.organization.isManagingStudents ?? outside.data?.organization.isManagingStudents);

  const switchTo = (organizationId: string) => {
    rememberOrganization(organizationId);
    navigate(currentOrganizationId ? switchOrganizationPath(location.pathname, organizationId) : urls.organization(organizationId));
  };

  const showNav = Boolean(user) && (currentOrganizationId !== null || memberships.length > 1);
  return (
    <Layout
      consoleName="Orga"
      loginPath={paths.logIn}
      nav={showNav ? <OrgaNav memberships={memberships} currentOrganizationId={currentOrganizationId} managesPupils={managesPupils} onSwitch={switchTo} /> : undefined}
    />
  );
}
