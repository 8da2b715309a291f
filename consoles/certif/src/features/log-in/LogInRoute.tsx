import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { LoginPage } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { urls } from '../../urls';

/** Route entry of `/connexion`: the shared log-in page. */
export function LogInRoute() {
  const { t } = useTranslation();
  return (
    <LoginPage
      title={t('console.name')}
      links={
        <>
          <Link href={urls.forgotPassword()} sx={{ display: 'block', mt: 3, textAlign: 'center' }}>
            {t('console.forgotPassword')}
          </Link>
          {/* Invigilators have no account: the session number and its invigilator password. */}
          <Link component={RouterLink} to={urls.invigilation()} sx={{ display: 'block', mt: 2, textAlign: 'center', fontWeight: 700 }}>
            {t('certif.invigilation.entry')}
          </Link>
        </>
      }
    />
  );
}
