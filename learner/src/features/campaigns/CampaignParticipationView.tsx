import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { urls } from '../../urls';
import { CampaignParticipationQuery, ShareCampaignResultsMutation } from './campaigns.graphql';
import { CampaignResultsPage } from './components/CampaignResultsPage';
import { ProfileSentPage } from './components/ProfileSentPage';

/** The router state other pages hand over: a notice (ALREADY_PARTICIPATED), a profile just sent. */
function readState(state: unknown): { notice: string | null; sent: boolean } {
  const record = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  return { notice: typeof record.notice === 'string' ? record.notice : null, sent: record.sent === true };
}

/**
 * A participation (`/campagnes/:code/resultats/:id`, its participant): an assessment in progress goes
 * back to its test; a finished one shows its results and "J'envoie mes résultats"; a profiles
 * collection shows the profile sent.
 */
export function CampaignParticipationView({ code, participationId }: { code: string; participationId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const { notice, sent } = readState(location.state);
  const { data, loading, error } = useQuery(CampaignParticipationQuery, { variables: { id: participationId }, fetchPolicy: 'cache-and-network' });
  const [share, shared] = useMutation(ShareCampaignResultsMutation);
  const [justShared, setJustShared] = useState(false);
  const participation = data?.campaignParticipation;
  useDocumentTitle(
    participation
      ? `${participation.campaign.type === 'ASSESSMENT' ? t('learner.campaignResults.documentTitle') : t('learner.profileSent.documentTitle')} - ${participation.campaign.name}`
      : error
        ? t('shared.errors.title')
        : null,
  );

  if (!participation) return loading ? <PageLoader /> : <ErrorAlert error={error} />;
  const { campaign } = participation;
  if (campaign.code !== code) return <Navigate to={urls.campaignParticipation(campaign.code, participation.id)} replace state={location.state} />;
  if (campaign.type === 'PROFILES_COLLECTION') return <ProfileSentPage participation={participation} justSent={sent} notice={notice} />;
  if (participation.status === 'STARTED') {
    return <Navigate to={participation.assessment ? urls.campaignAssessment(campaign.code, participation.assessment.id) : urls.campaignJoin(campaign.code)} replace />;
  }

  const onShare = async () => {
    try {
      await share({ variables: { participationId: participation.id } });
      setJustShared(true);
    } catch {
      // Shown by the page (shared.error).
    }
  };
  return (
    <CampaignResultsPage
      participation={participation}
      onShare={() => void onShare()}
      sharing={shared.loading}
      shareError={shared.error}
      justShared={justShared}
      notice={notice}
    />
  );
}
