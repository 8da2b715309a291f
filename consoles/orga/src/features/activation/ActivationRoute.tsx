import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../urls';
import { ActivationView } from './ActivationView';

/** Route entry of `/activation` (public): "Activez ou récupérez votre espace". */
export function ActivationRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.activation.documentTitle'));
  return (
    <Paper component="section" variant="outlined" aria-labelledby="activation-title" sx={{ maxWidth: 560, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" id="activation-title" gutterBottom>
        {t('console.activation.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('console.activation.intro')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>
        {t('console.activation.restricted')}
      </Typography>
      <ActivationView />
      <Typography sx={{ mt: 3, textAlign: 'center' }}>
        <Link component={RouterLink} to={urls.logIn()}>
          {t('console.activation.backToLogin')}
        </Link>
      </Typography>
    </Paper>
  );
}
