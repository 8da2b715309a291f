import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Toolbar from '@mui/material/Toolbar';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useNavigate } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { colors } from '../theme/theme';
import { CompactNav } from './CompactNav';
import { LanguageSwitch } from './LanguageSwitch';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';
import { UserMenu } from './UserMenu';

export interface LayoutProps {
  /** The console's short name shown beside "Pix libre" (e.g. "Orga"); none for the learner app. */
  consoleName?: string;
  /** Links shown in the footer. */
  footer?: ReactNode;
  /** The app's main navigation, shown under the header in a `nav` landmark ("Menu principal"); behind a "Menu" button on a phone. */
  nav?: ReactNode;
  /** Where "Se déconnecter" leads. */
  loginPath?: string;
  /** Page content; the nested routes when omitted. */
  children?: ReactNode;
}

/** The frame of every app: skip link, header (name, language, user menu, navigation), main landmark, footer. */
export function Layout({ consoleName, footer, nav, loginPath = '/connexion', children }: LayoutProps) {
  const { t } = useTranslation();
  const { user, logOut } = useAuth();
  const navigate = useNavigate();
  const logOutAndLeave = async () => {
    await logOut();
    navigate(loginPath, { replace: true });
  };
  const appName = t('shared.appName');
  // On a phone the header keeps to one row: the navigation and the language go behind "Menu".
  const compact = useMediaQuery(useTheme().breakpoints.down('sm'), { noSsr: true }) && Boolean(nav);
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }}>
      <SkipLink />
      <AppBar position="static" sx={{ borderBottom: `1px solid ${colors.border}`, bgcolor: 'background.paper' }}>
        <Container maxWidth="lg" disableGutters>
          <Toolbar sx={{ gap: 1, flexWrap: compact ? 'nowrap' : 'wrap', py: 1, minHeight: { xs: 56 } }}>
            <Link
              component={RouterLink}
              to="/"
              underline="none"
              aria-label={t('shared.header.homeLink', { appName: consoleName ? `${appName} ${consoleName}` : appName })}
              sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.primary', mr: 'auto' }}
            >
              <Box aria-hidden="true" sx={{ width: 8, height: 32, background: `linear-gradient(${colors.blueFrance} 50%, ${colors.redMarianne} 50%)` }} />
              {/* One run of text, "Pix libre Orga", that the link's name ("Pix libre Orga - Accueil") starts with. */}
              <Box component="span" sx={{ fontSize: '1.25rem' }}>
                <Box component="span" sx={{ fontWeight: 700 }}>
                  {appName}
                </Box>
                {consoleName && (
                  <>
                    {' '}
                    <Box component="span" sx={{ fontWeight: 500, color: 'primary.main' }}>
                      {consoleName}
                    </Box>
                  </>
                )}
              </Box>
            </Link>
            {!compact && <LanguageSwitch />}
            {user && <UserMenu name={`${user.firstName} ${user.lastName}`} compact={compact} onLogOut={() => void logOutAndLeave()} />}
            {compact && <CompactNav nav={nav} />}
          </Toolbar>
          {nav && !compact && (
            <Box component="nav" aria-label={t('shared.header.navigation')} sx={{ px: { xs: 2, sm: 3 }, pb: 1, overflowX: 'auto' }}>
              {nav}
            </Box>
          )}
        </Container>
      </AppBar>
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        maxWidth="lg"
        sx={{ flex: 1, py: { xs: 3, sm: 4 }, '&:focus': { outline: 'none' } }}
      >
        {children ?? <Outlet />}
      </Container>
      {footer && (
        <Box component="footer" sx={{ borderTop: `1px solid ${colors.border}`, bgcolor: 'background.paper', py: 2 }}>
          <Container maxWidth="lg">{footer}</Container>
        </Box>
      )}
    </Box>
  );
}
