import Link from '@mui/material/Link';
import { LoginPage, useAuth } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { urls } from '../../urls';

/** Route entry of `/connexion`: the shared log-in page, for the Pix team only. */
export function LogInRoute() {
  const { t } = useTranslation();
  const { logOutReason } = useAuth();
  return (
    <LoginPage
      title={t('console.name')}
      subtitle={t('console.restricted')}
      notice={logOutReason === 'forbidden' ? t('console.forbidden') : undefined}
      links={
        <Link href={urls.forgotPassword()} sx={{ display: 'block', mt: 3, textAlign: 'center' }}>
          {t('console.forgotPassword')}
        </Link>
      }
    />
  );
}
