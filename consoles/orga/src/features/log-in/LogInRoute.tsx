import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LoginPage } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../urls';

/** Route entry of `/connexion`: the shared log-in page, with "Activez ou récupérez votre espace". */
export function LogInRoute() {
  const { t } = useTranslation();
  return (
    <LoginPage
      title={t('console.name')}
      subtitle={t('console.login.subtitle')}
      links={
        <Box sx={{ mt: 3, display: 'flex', flexDirection: 'column', gap: 2, alignItems: 'center', textAlign: 'center' }}>
          <Link href={urls.forgotPassword()}>{t('console.forgotPassword')}</Link>
          <Box>
            <Link component={RouterLink} to={urls.activation()} aria-describedby="activation-link-hint" sx={{ fontWeight: 700 }}>
              {t('console.login.activationLink')}
            </Link>
            <Typography id="activation-link-hint" variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {t('console.login.activationHint')}
            </Typography>
          </Box>
        </Box>
      }
    />
  );
}
