import { useParams } from 'react-router';
import { CampaignCreationView } from './CampaignCreationView';

/** Route entry of `/organisations/:organizationId/campagnes/creation` (protected): "Créer une campagne". */
export function CampaignCreationRoute() {
  const { organizationId = '' } = useParams();
  return <CampaignCreationView key={organizationId} organizationId={organizationId} />;
}
