import { useParams } from 'react-router';
import { CampaignView } from './CampaignView';

/** Route entry of `/organisations/:organizationId/campagnes/:campaignId` (protected): a campaign's page. */
export function CampaignRoute() {
  const { organizationId = '', campaignId = '' } = useParams();
  return <CampaignView key={`${organizationId}/${campaignId}`} organizationId={organizationId} campaignId={campaignId} />;
}
