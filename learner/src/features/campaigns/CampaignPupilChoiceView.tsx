import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { urls } from '../../urls';
import { CampaignByCodeQuery } from './campaigns.graphql';
import { CampaignNotFound } from './components/CampaignNotFound';
import { CampaignPupilChoicePage } from './components/CampaignPupilChoicePage';
import { hasCampaignError } from './domain/campaign-errors';

/**
 * "Je commence" of a visitor on a campaign of a school that manages its pupils: log in to the account
 * they have, or create one linked to their pupil. A logged-in learner, or a campaign open to anyone,
 * goes on to joining (which asks to log in when needed).
 */
export function CampaignPupilChoiceView({ code }: { code: string }) {
  const { t } = useTranslation();
  const { user, loading: authLoading } = useAuth();
  const { data, loading, error } = useQuery(CampaignByCodeQuery, { variables: { code } });
  const campaign = data?.campaignByCode;
  useDocumentTitle(campaign ? `${t('learner.pupilChoice.title')} - ${campaign.name}` : null);

  if (authLoading) return <PageLoader />;
  if (user) return <Navigate to={urls.campaignJoin(code)} replace />;
  if (!campaign) {
    if (loading) return <PageLoader />;
    if (hasCampaignError(error, 'NOT_FOUND') || hasCampaignError(error, 'TOO_MANY_ATTEMPTS')) return <CampaignNotFound error={error} />;
    return <ErrorAlert error={error} />;
  }
  if (!campaign.isRestricted) return <Navigate to={urls.campaignJoin(code)} replace />;
  return <CampaignPupilChoicePage campaign={campaign} />;
}
