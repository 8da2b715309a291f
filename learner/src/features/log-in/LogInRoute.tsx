import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { LoginPage } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { readFrom, type TemporaryPasswordState } from '../temporary-password/temporary-password-state';

function isCampaignPath(from: unknown): boolean {
  const pathname = from && typeof from === 'object' ? (from as { pathname?: unknown }).pathname : undefined;
  return typeof pathname === 'string' && pathname.startsWith(`${urls.campaigns()}/`);
}

/**
 * Route entry of `/connexion`: the shared log-in page with the learner's links; the sign-up link keeps
 * the page first asked for (a campaign's "Je commence" comes back to it). A pupil whose password is
 * temporary goes on to choose their own (the token in the router state, never in the URL).
 */
export function LogInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const from = readFrom(location.state);
  const choosePassword = (passwordChangeToken: string) => {
    const state: TemporaryPasswordState = from ? { passwordChangeToken, from } : { passwordChangeToken };
    navigate(urls.temporaryPassword(), { state });
  };
  // Joining a campaign ("Je commence"): log in or sign up, then back to it.
  const joiningCampaign = isCampaignPath(from);
  return (
    <LoginPage
      subtitle={joiningCampaign ? t('learner.login.campaignSubtitle') : undefined}
      onPasswordChangeRequired={choosePassword}
      links={
        <Box sx={{ mt: 3, display: 'flex', flexDirection: 'column', gap: 1.5, alignItems: 'center' }}>
          <Link component={RouterLink} to={urls.forgotPassword()}>
            {t('learner.login.forgotPassword')}
          </Link>
          <Typography>
            {t('learner.login.noAccount')}{' '}
            <Link component={RouterLink} to={urls.signUp()} state={from ? { from } : undefined}>
              {t('learner.login.signUp')}
            </Link>
          </Typography>
          <Link component={RouterLink} to={urls.verifyCertificate()}>
            {t('learner.login.verifyCertificate')}
          </Link>
        </Box>
      }
    />
  );
}
