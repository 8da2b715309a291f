import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useAction, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { campaignResultSectionsFor } from '../campaign-results';
import { isUnavailable } from '../organization/components/OrganizationUnavailable';
import type { CampaignPageState } from './CampaignCreationView';
import { ArchiveCampaignMutation, CampaignQuery, UnarchiveCampaignMutation } from './campaigns.graphql';
import { CampaignPage } from './components/CampaignPage';
import type { CampaignSection } from './components/CampaignSections';
import { CampaignSettings } from './components/CampaignSettings';
import { CampaignUnavailable } from './components/CampaignUnavailable';

/** Loads a campaign, builds its sections, and archives it or brings it back. */
export function CampaignView({ organizationId, campaignId }: { organizationId: string; campaignId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // Read once, then forgotten: reloading the page does not say "créée" again.
  const [created] = useState(() => Boolean((location.state as CampaignPageState | null)?.created));
  useEffect(() => {
    // Once, on arrival.
    if (created) void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, []);
  const { data, loading, error } = useQuery(CampaignQuery, { variables: { id: campaignId }, fetchPolicy: 'cache-and-network' });
  const campaign = data?.campaign;
  const unavailable = !campaign && isUnavailable(error);
  useDocumentTitle(campaign?.name ?? (unavailable ? t('console.campaigns.unavailable.title') : error ? t('shared.errors.title') : null));

  const [archiveCampaign] = useMutation(ArchiveCampaignMutation);
  const [unarchiveCampaign] = useMutation(UnarchiveCampaignMutation);
  const { busy, error: actionError, run } = useAction();

  if (loading && !campaign) return <PageLoader />;
  if (!campaign) return unavailable ? <CampaignUnavailable campaignsUrl={urls.campaigns(organizationId)} /> : <ErrorAlert error={error} />;

  const sections: CampaignSection[] = [
    ...campaignResultSectionsFor(campaign.type).map(({ key, labelKey, Component }) => ({
      id: key,
      label: t(labelKey),
      content: <Component campaignId={campaign.id} />,
    })),
    { id: 'parametres', label: t('console.campaigns.settings.title'), content: <CampaignSettings campaign={campaign} /> },
  ];

  return (
    <CampaignPage
      campaign={campaign}
      campaignsUrl={urls.campaigns(organizationId)}
      sections={sections}
      created={created}
      busy={busy}
      actionError={actionError}
      onArchive={() => run(() => archiveCampaign({ variables: { campaignId: campaign.id } }))}
      onUnarchive={() => run(() => unarchiveCampaign({ variables: { campaignId: campaign.id } }))}
    />
  );
}
