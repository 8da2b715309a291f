import { useParams } from 'react-router';
import { CampaignsView } from './CampaignsView';

/** Route entry of `/organisations/:organizationId/campagnes` (protected): "Campagnes". */
export function CampaignsRoute() {
  const { organizationId = '' } = useParams();
  return <CampaignsView key={organizationId} organizationId={organizationId} />;
}
