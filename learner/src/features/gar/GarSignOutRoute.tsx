import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../urls';
import { GarSignOutUrlQuery } from './gar.graphql';

/**
 * `/deconnexion/gar` (anyone): ends the platform's session, then offers the ENT's own log-out when the
 * GAR's identity provider advertises one (the ENT may link its log-out here).
 */
export function GarSignOutRoute() {
  const { t } = useTranslation();
  const { user, logOut } = useAuth();
  const done = useRef(false);
  const signOut = useQuery(GarSignOutUrlQuery, { context: { skipAuth: true } });
  useDocumentTitle(t('learner.gar.signedOutTitle'));
  useEffect(() => {
    if (user && !done.current) {
      done.current = true;
      void logOut();
    }
  }, [user, logOut]);
  const url = signOut.data?.garSignOutUrl;
  return (
    <Box component="section" aria-labelledby="gar-signed-out" sx={{ maxWidth: 640, mx: 'auto' }}>
      <Typography id="gar-signed-out" variant="h1" sx={{ fontSize: '2rem', mb: 2 }}>
        {t('learner.gar.signedOutTitle')}
      </Typography>
      <Alert severity="success" sx={{ mb: 2 }}>
        {t('learner.gar.signedOut')}
      </Alert>
      {url && (
        <Typography sx={{ mb: 1 }}>
          {/* A plain link: the server sends the browser on to the identity provider. */}
          <Link href={url}>{t('learner.gar.signOutOfEnt')}</Link>
        </Typography>
      )}
      <Link component={RouterLink} to={urls.logIn()}>
        {t('learner.gar.backToLogIn')}
      </Link>
    </Box>
  );
}
