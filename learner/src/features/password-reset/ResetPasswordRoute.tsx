import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { urls } from '../../urls';
import { ResetPasswordView } from './ResetPasswordView';

/** Route entry of `/changer-mot-de-passe?token=…` (the link of the e-mail). */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  useDocumentTitle(t('learner.resetPassword.documentTitle'));
  return (
    <Paper variant="outlined" sx={{ maxWidth: 480, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" gutterBottom>
        {t('learner.resetPassword.title')}
      </Typography>
      {token ? (
        <ResetPasswordView token={token} />
      ) : (
        <>
          <Alert severity="error" role="alert" sx={{ mb: 2 }}>
            {t('learner.resetPassword.missingToken')}
          </Alert>
          <Link component={RouterLink} to={urls.forgotPassword()}>
            {t('learner.resetPassword.requestNewLink')}
          </Link>
        </>
      )}
    </Paper>
  );
}
