import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink } from 'react-router';
import { urls } from '../../urls';
import { SignUpView } from './SignUpView';

/** Route entry of `/inscription`; a logged-in user goes to the dashboard. */
export function SignUpRoute() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  useDocumentTitle(t('learner.signUp.documentTitle'));
  if (loading) return <PageLoader />;
  if (user) return <Navigate to={urls.home()} replace />;
  return (
    <Paper variant="outlined" sx={{ maxWidth: 560, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t('learner.signUp.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('learner.signUp.intro')}</Typography>
      <SignUpView />
      <Typography sx={{ mt: 3, textAlign: 'center' }}>
        {t('learner.signUp.alreadyRegistered')}{' '}
        <Link component={RouterLink} to={urls.logIn()}>
          {t('learner.signUp.logIn')}
        </Link>
      </Typography>
    </Paper>
  );
}
