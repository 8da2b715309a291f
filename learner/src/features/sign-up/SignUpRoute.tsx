import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { PageLoader, useAuth, useDocumentTitle, useRedirectTarget } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Navigate, Link as RouterLink, useLocation } from 'react-router';
import { readFrom } from '../temporary-password/temporary-password-state';
import { urls } from '../../urls';
import { SignUpView } from './SignUpView';

/** Route entry of `/inscription`; a logged-in user goes to the page first asked for (e.g. a campaign), else the dashboard. */
export function SignUpRoute() {
  const { t } = useTranslation();
  const { user, loading } = useAuth();
  const location = useLocation();
  const target = useRedirectTarget(urls.home());
  const from = readFrom(location.state);
  useDocumentTitle(t('learner.signUp.documentTitle'));
  if (loading) return <PageLoader />;
  if (user) return <Navigate to={target} replace />;
  return (
    <Paper variant="outlined" sx={{ maxWidth: 560, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t('learner.signUp.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('learner.signUp.intro')}</Typography>
      <SignUpView />
      <Typography sx={{ mt: 3, textAlign: 'center' }}>
        {t('learner.signUp.alreadyRegistered')}{' '}
        <Link component={RouterLink} to={urls.logIn()} state={from ? { from } : undefined}>
          {t('learner.signUp.logIn')}
        </Link>
      </Typography>
    </Paper>
  );
}
