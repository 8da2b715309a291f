import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';

/** "Campagne introuvable" (props only): an unknown campaign, or one of another organisation. */
export function CampaignUnavailable({ campaignsUrl }: { campaignsUrl: string }) {
  const { t } = useTranslation();
  return (
    <Paper component="section" variant="outlined" aria-labelledby="campaign-unavailable-title" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="campaign-unavailable-title" gutterBottom>
        {t('console.campaigns.unavailable.title')}
      </Typography>
      <Typography sx={{ mb: 3 }}>{t('console.campaigns.unavailable.text')}</Typography>
      <Button component={RouterLink} to={campaignsUrl} variant="contained">
        {t('console.campaigns.unavailable.back')}
      </Button>
    </Paper>
  );
}
