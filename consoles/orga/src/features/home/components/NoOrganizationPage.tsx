import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';

/** "Vous n'êtes membre d'aucune organisation" (props only): how to get an invitation, or activate a school's space. */
export function NoOrganizationPage() {
  const { t } = useTranslation();
  return (
    <Paper component="section" variant="outlined" aria-labelledby="no-organization-title" sx={{ maxWidth: 720, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="no-organization-title" gutterBottom>
        {t('console.noOrganization.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('console.noOrganization.intro')}</Typography>
      <Typography variant="h2" gutterBottom>
        {t('console.noOrganization.inviteTitle')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('console.noOrganization.inviteText')}</Typography>
      <Typography variant="h2" gutterBottom>
        {t('console.noOrganization.activationTitle')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('console.noOrganization.activationText')}</Typography>
      <Button component={RouterLink} to={urls.activation()} variant="contained">
        {t('console.noOrganization.activationLink')}
      </Button>
    </Paper>
  );
}
