import { useApolloClient } from '@apollo/client/react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { urls } from '../../urls';
import { CampaignByCodeQuery } from './campaigns.graphql';
import { CampaignCodeForm } from './components/CampaignCodeForm';

/**
 * "J'ai un code" (`/campagnes`, anyone): a campaign code is looked up, then its landing page opens
 * (an unknown or archived code gets the API's message under the field); a certification session's
 * access code opens the join form with the code filled in.
 */
export function CampaignCodeView() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useDocumentTitle(t('learner.campaignCode.documentTitle'));

  const submit = async (code: string, kind: 'CAMPAIGN' | 'ACCESS_CODE') => {
    // A certification session's access code: the join form, the code already in (logging in first if needed).
    if (kind === 'ACCESS_CODE') {
      navigate(urls.certificationJoin({ accessCode: code }));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await client.query({ query: CampaignByCodeQuery, variables: { code }, fetchPolicy: 'network-only' });
      navigate(urls.campaignLanding(code));
    } catch (caught) {
      setError(caught);
      setSubmitting(false);
    }
  };

  return (
    <Paper variant="outlined" component="section" aria-labelledby="campaign-code-title" sx={{ maxWidth: 560, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <PageHeading id="campaign-code-title" gutterBottom>
        {t('learner.campaignCode.title')}
      </PageHeading>
      <Typography sx={{ mb: 1 }}>{t('learner.campaignCode.intro')}</Typography>
      <CampaignCodeForm onSubmit={(code, kind) => void submit(code, kind)} submitting={submitting} serverError={error} />
    </Paper>
  );
}
