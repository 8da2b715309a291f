import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LoginPage } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../urls';

/** Route entry of `/connexion`: the shared log-in page with the learner's links. */
export function LogInRoute() {
  const { t } = useTranslation();
  return (
    <LoginPage
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
