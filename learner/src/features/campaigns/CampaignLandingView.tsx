import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { CampaignByCodeQuery, MyCampaignParticipationsQuery } from './campaigns.graphql';
import { CampaignLandingPage } from './components/CampaignLandingPage';
import { CampaignNotFound } from './components/CampaignNotFound';
import { hasCampaignError } from './domain/campaign-errors';
import { participationIn } from './domain/join-steps';

/**
 * A campaign's landing page (anyone): the organisation, the campaign, its text and "Je commence". A
 * logged-in learner who already takes part sees where they stand ("Reprendre", "Voir mes résultats").
 */
export function CampaignLandingView({ code }: { code: string }) {
  const { user } = useAuth();
  const { data, loading, error } = useQuery(CampaignByCodeQuery, { variables: { code } });
  const mine = useQuery(MyCampaignParticipationsQuery, { skip: !user, fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaignByCode;
  useDocumentTitle(campaign?.name ?? null);

  if (campaign) {
    const participation = participationIn(campaign.code, mine.data?.me.campaignParticipations ?? []);
    return <CampaignLandingPage campaign={campaign} loggedIn={Boolean(user)} participation={participation} />;
  }
  if (loading) return <PageLoader />;
  if (hasCampaignError(error, 'NOT_FOUND') || hasCampaignError(error, 'TOO_MANY_ATTEMPTS')) return <CampaignNotFound error={error} />;
  return <ErrorAlert error={error} />;
}
