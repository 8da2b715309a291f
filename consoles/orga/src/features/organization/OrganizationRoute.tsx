import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { rememberOrganization } from '../../organizations/current-organization';

/** Route entry of `/organisations/:organizationId/*` (protected): remembers the organisation opened on this device. */
export function OrganizationRoute() {
  const { organizationId = '' } = useParams();
  useEffect(() => {
    if (organizationId) rememberOrganization(organizationId);
  }, [organizationId]);
  return <Outlet />;
}
