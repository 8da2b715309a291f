import { useParams } from 'react-router';
import { OrganizationHomeView } from './OrganizationHomeView';

/** Route entry of `/organisations/:organizationId` (protected): the organisation's home. */
export function OrganizationHomeRoute() {
  const { organizationId = '' } = useParams();
  return <OrganizationHomeView key={organizationId} organizationId={organizationId} />;
}
