import { Navigate, useParams } from 'react-router';
import { urls } from '../../urls';
import { CampaignNewAccountView } from './CampaignNewAccountView';
import { normalizeCampaignCode } from './domain/campaign-code';

/** Route entry of `/campagnes/:code/nouveau-compte` (anyone): "Je n'ai pas de compte" on a campaign of a school. */
export function CampaignNewAccountRoute() {
  const { code = '' } = useParams();
  const normalized = normalizeCampaignCode(code);
  if (normalized !== code) return <Navigate to={urls.campaignNewAccount(normalized)} replace />;
  return <CampaignNewAccountView key={code} code={code} />;
}
