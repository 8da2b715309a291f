import { Navigate, useParams } from 'react-router';
import { urls } from '../../urls';
import { CampaignPupilChoiceView } from './CampaignPupilChoiceView';
import { normalizeCampaignCode } from './domain/campaign-code';

/** Route entry of `/campagnes/:code/eleve` (anyone): a school's campaign, "J'ai déjà un compte Pix" or "Je n'ai pas de compte". */
export function CampaignPupilChoiceRoute() {
  const { code = '' } = useParams();
  const normalized = normalizeCampaignCode(code);
  if (normalized !== code) return <Navigate to={urls.campaignPupilChoice(normalized)} replace />;
  return <CampaignPupilChoiceView key={code} code={code} />;
}
