import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../urls';
import { ForgotPasswordView } from './ForgotPasswordView';

/** Route entry of `/mot-de-passe-oublie`. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.forgotPassword.documentTitle'));
  return (
    <Paper variant="outlined" sx={{ maxWidth: 480, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t('learner.forgotPassword.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('learner.forgotPassword.intro')}</Typography>
      <ForgotPasswordView />
      <Typography sx={{ mt: 3 }}>
        <Link component={RouterLink} to={urls.logIn()}>
          {t('learner.forgotPassword.backToLogin')}
        </Link>
      </Typography>
    </Paper>
  );
}
