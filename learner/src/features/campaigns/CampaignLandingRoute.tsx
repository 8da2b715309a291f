import { Navigate, useParams } from 'react-router';
import { urls } from '../../urls';
import { CampaignLandingView } from './CampaignLandingView';
import { normalizeCampaignCode } from './domain/campaign-code';

/** Route entry of `/campagnes/:code` (anyone): the direct link of a campaign, its code normalised in the address. */
export function CampaignLandingRoute() {
  const { code = '' } = useParams();
  const normalized = normalizeCampaignCode(code);
  if (normalized !== code) return <Navigate to={urls.campaignLanding(normalized)} replace />;
  return <CampaignLandingView key={code} code={code} />;
}
