import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { ErrorAlert, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeading } from '../../../components/PageHeading';
import { urls } from '../../../urls';
import { campaignErrorMessage } from '../domain/campaign-errors';

/** An unknown or archived code (the API's message, the same for both), or too many wrong codes. */
export function CampaignNotFound({ error }: { error: unknown }) {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.campaign.notFoundTitle'));
  const message = campaignErrorMessage(error, 'NOT_FOUND');
  return (
    <Box component="section" aria-labelledby="campaign-not-found" sx={{ maxWidth: 720 }}>
      <PageHeading id="campaign-not-found" gutterBottom>
        {t('learner.campaign.notFoundTitle')}
      </PageHeading>
      {message ? (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {message}
        </Alert>
      ) : (
        <ErrorAlert error={error} sx={{ mb: 3 }} />
      )}
      <Button component={RouterLink} to={urls.campaigns()} variant="contained">
        {t('learner.campaign.typeAnotherCode')}
      </Button>
    </Box>
  );
}
