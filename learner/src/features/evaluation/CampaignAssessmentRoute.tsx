import { useParams } from 'react-router';
import { AssessmentView } from './AssessmentView';

/** Route entry of `/campagnes/:code/evaluation/:assessmentId` (protected): a campaign's test. */
export function CampaignAssessmentRoute() {
  const { code = '', assessmentId = '' } = useParams();
  return <AssessmentView key={assessmentId} assessmentId={assessmentId} campaignCode={code} />;
}
