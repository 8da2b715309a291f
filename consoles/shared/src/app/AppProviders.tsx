import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Session } from '../apollo/session';
import { AuthProvider } from '../auth/AuthProvider';
import { SessionContext } from '../auth/session-context';
import { currentLanguage } from '../i18n/i18n';
import { createPixTheme } from '../theme/theme';
import { AppInfoContext } from './app-info';

export interface AppProvidersProps {
  /** The app's title ("Pix libre", "Pix Orga"…), used in document titles. */
  title: string;
  i18n: I18n;
  client: ApolloClient;
  session: Session;
  children: ReactNode;
}

function LocalisedTheme({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const theme = useMemo(() => createPixTheme(language), [language]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}

/** Everything an app needs around its routes: translations, theme, Apollo, session. */
export function AppProviders({ title, i18n, client, session, children }: AppProvidersProps) {
  const appInfo = useMemo(() => ({ title }), [title]);
  return (
    <I18nextProvider i18n={i18n}>
      <AppInfoContext.Provider value={appInfo}>
        <LocalisedTheme>
          <ApolloProvider client={client}>
            <SessionContext.Provider value={session}>
              <AuthProvider session={session}>{children}</AuthProvider>
            </SessionContext.Provider>
          </ApolloProvider>
        </LocalisedTheme>
      </AppInfoContext.Provider>
    </I18nextProvider>
  );
}
