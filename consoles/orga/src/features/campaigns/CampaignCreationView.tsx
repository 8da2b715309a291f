import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { urls } from '../../urls';
import { OrganizationUnavailable, isUnavailable } from '../organization/components/OrganizationUnavailable';
import { toCreateCampaignInput, type CampaignFormValues } from './campaign-types';
import { CampaignCreationQuery, CreateCampaignMutation } from './campaigns.graphql';
import { CampaignCreationPage } from './components/CampaignCreationPage';

/** What the campaign page receives after a creation (it says so). */
export interface CampaignPageState {
  created?: boolean;
}

/** Loads the parcours the organisation may use, creates the campaign, then opens its page. */
export function CampaignCreationView({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('console.campaigns.form.documentTitle'));
  const { data, loading, error } = useQuery(CampaignCreationQuery, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const [createCampaign, createState] = useMutation(CreateCampaignMutation);
  const [serverError, setServerError] = useState<unknown>(null);
  const organization = data?.organization;

  const onSubmit = async (values: CampaignFormValues) => {
    setServerError(null);
    try {
      const { data: created } = await createCampaign({ variables: { input: toCreateCampaignInput(organizationId, values) } });
      if (!created) throw new Error('createCampaign returned no data');
      const state: CampaignPageState = { created: true };
      navigate(urls.campaign(organizationId, created.createCampaign.id), { state });
    } catch (caught) {
      setServerError(caught);
    }
  };

  if (loading && !organization) return <PageLoader />;
  if (!organization) return isUnavailable(error) ? <OrganizationUnavailable /> : <ErrorAlert error={error} />;
  return (
    <CampaignCreationPage
      organizationId={organizationId}
      organizationName={organization.name}
      targetProfiles={organization.targetProfiles}
      submitting={createState.loading}
      serverError={serverError}
      onSubmit={(values) => void onSubmit(values)}
    />
  );
}
