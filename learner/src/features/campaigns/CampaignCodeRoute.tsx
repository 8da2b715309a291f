import { CampaignCodeView } from './CampaignCodeView';

/** Route entry of `/campagnes` ("J'ai un code", anyone). */
export function CampaignCodeRoute() {
  return <CampaignCodeView />;
}
