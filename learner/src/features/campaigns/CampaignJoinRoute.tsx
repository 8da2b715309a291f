import { Navigate, useParams } from 'react-router';
import { urls } from '../../urls';
import { CampaignJoinView } from './CampaignJoinView';
import { normalizeCampaignCode } from './domain/campaign-code';

/** Route entry of `/campagnes/:code/acces` (protected): joins the campaign, then opens its test or "Envoyer mon profil". */
export function CampaignJoinRoute() {
  const { code = '' } = useParams();
  const normalized = normalizeCampaignCode(code);
  if (normalized !== code) return <Navigate to={urls.campaignJoin(normalized)} replace />;
  return <CampaignJoinView key={code} code={code} />;
}
