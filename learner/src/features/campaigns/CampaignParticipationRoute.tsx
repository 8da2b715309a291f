import { useParams } from 'react-router';
import { CampaignParticipationView } from './CampaignParticipationView';

/** Route entry of `/campagnes/:code/resultats/:participationId` (protected): results, sharing, or the profile sent. */
export function CampaignParticipationRoute() {
  const { code = '', participationId = '' } = useParams();
  return <CampaignParticipationView key={participationId} code={code} participationId={participationId} />;
}
