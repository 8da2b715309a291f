import Box from '@mui/material/Box';
import Breadcrumbs from '@mui/material/Breadcrumbs';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';
import type { CampaignFormValues, TargetProfileOption } from '../campaign-types';
import { CampaignForm } from './CampaignForm';

export interface CampaignCreationPageProps {
  organizationId: string;
  organizationName: string;
  targetProfiles: readonly TargetProfileOption[];
  submitting: boolean;
  serverError: unknown;
  onSubmit: (values: CampaignFormValues) => void;
}

/** "Créer une campagne" (props only): the way back to the list, the title, the form. */
export function CampaignCreationPage({ organizationId, organizationName, targetProfiles, submitting, serverError, onSubmit }: CampaignCreationPageProps) {
  const { t } = useTranslation();
  return (
    <Box component="section" aria-labelledby="campaign-creation-title">
      <Breadcrumbs aria-label={t('console.campaigns.breadcrumb')} sx={{ mb: 1 }}>
        <Link component={RouterLink} to={urls.campaigns(organizationId)}>
          {t('console.campaigns.title')}
        </Link>
        <Typography color="text.primary" aria-current="page">
          {t('console.campaigns.form.title')}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h1" id="campaign-creation-title">
        {t('console.campaigns.form.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 3, overflowWrap: 'anywhere' }}>
        {organizationName}
      </Typography>
      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 4 } }}>
        <CampaignForm
          targetProfiles={targetProfiles}
          submitting={submitting}
          serverError={serverError}
          cancelTo={urls.campaigns(organizationId)}
          onSubmit={onSubmit}
        />
      </Paper>
    </Box>
  );
}
