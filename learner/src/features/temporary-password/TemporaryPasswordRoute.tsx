import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { urls } from '../../urls';
import { readFrom, readPasswordChangeToken } from './temporary-password-state';
import { TemporaryPasswordView } from './TemporaryPasswordView';

/**
 * Route entry of `/mot-de-passe-provisoire`: the log-in page sends here a pupil whose password,
 * given by the teacher, is temporary. Without the token of that log-in, back to the log-in page.
 */
export function TemporaryPasswordRoute() {
  const { t } = useTranslation();
  const location = useLocation();
  const passwordChangeToken = readPasswordChangeToken(location.state);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('learner.temporaryPassword.documentTitle'));
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  if (!passwordChangeToken) {
    const from = readFrom(location.state);
    return <Navigate to={urls.logIn()} replace state={from ? { from } : undefined} />;
  }
  return (
    <Paper variant="outlined" sx={{ maxWidth: 480, mx: 'auto', p: { xs: 2, sm: 4 } }}>
      <Typography variant="h1" ref={headingRef} tabIndex={-1} gutterBottom sx={{ '&:focus': { outline: 'none' } }}>
        {t('learner.temporaryPassword.title')}
      </Typography>
      <Typography sx={{ mb: 1 }}>{t('learner.temporaryPassword.intro')}</Typography>
      <TemporaryPasswordView passwordChangeToken={passwordChangeToken} />
    </Paper>
  );
}
