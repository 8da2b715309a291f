import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LoginPage } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { readFrom, type TemporaryPasswordState } from '../temporary-password/temporary-password-state';

/**
 * Route entry of `/connexion`: the shared log-in page with the learner's links. A pupil whose
 * password is temporary goes on to choose their own (the token in the router state, never in the URL).
 */
export function LogInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const choosePassword = (passwordChangeToken: string) => {
    const from = readFrom(location.state);
    const state: TemporaryPasswordState = from ? { passwordChangeToken, from } : { passwordChangeToken };
    navigate(urls.temporaryPassword(), { state });
  };
  return (
    <LoginPage
      onPasswordChangeRequired={choosePassword}
      links={
        <Box sx={{ mt: 3, display: 'flex', flexDirection: 'column', gap: 1.5, alignItems: 'center' }}>
          <Link component={RouterLink} to={urls.forgotPassword()}>
            {t('learner.login.forgotPassword')}
          </Link>
          <Typography>
            {t('learner.login.noAccount')}{' '}
            <Link component={RouterLink} to={urls.signUp()}>
              {t('learner.login.signUp')}
            </Link>
          </Typography>
        </Box>
      }
    />
  );
}
