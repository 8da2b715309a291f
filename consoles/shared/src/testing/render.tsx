/* Test helpers for component tests (jest + Testing Library); never imported by app code. */
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { ThemeProvider } from '@mui/material/styles';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { createApolloCache } from '../apollo/create-apollo-client';
import { Session, type SessionUser } from '../apollo/session';
import { AuthContext, type AuthContextValue } from '../auth/auth-context';
import { AuthProvider } from '../auth/AuthProvider';
import { createI18n, type AppResources, type Language } from '../i18n/i18n';
import { createPixTheme } from '../theme/theme';
import { AppInfoContext } from '../app/app-info';

export interface RenderOptions {
  /** The URL the MemoryRouter starts at. */
  route?: string;
  mocks?: ReadonlyArray<MockLink.MockedResponse>;
  resources?: AppResources;
  language?: Language;
  title?: string;
  /** A real AuthProvider on this session; otherwise a fake auth context built from `auth`. */
  session?: Session;
  auth?: Partial<AuthContextValue>;
}

export interface RenderAppResult extends RenderResult {
  i18n: I18n;
  auth: AuthContextValue | null;
}

export const testUser: SessionUser = {
  id: 'user-1',
  firstName: 'Camille',
  lastName: 'Martin',
  email: 'camille.martin@example.net',
  username: null,
  locale: 'fr',
  platformRole: null,
  mustChangePassword: false,
};

export function fakeAuth(overrides: Partial<AuthContextValue> = {}): AuthContextValue {
  return {
    user: testUser,
    loading: false,
    logOutReason: null,
    logIn: jest.fn(async () => testUser),
    signUp: jest.fn(async () => testUser),
    logOut: jest.fn(async () => undefined),
    ...overrides,
  };
}

/** Renders `ui` inside the app's providers: i18n, theme, mocked Apollo, auth, memory router. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderAppResult {
  const i18n = createI18n(options.resources ?? { fr: {}, en: {} }, { language: options.language ?? 'fr' });
  const auth = options.session ? null : fakeAuth(options.auth);
  const withAuth = (children: ReactNode) =>
    options.session ? (
      <AuthProvider session={options.session}>{children}</AuthProvider>
    ) : (
      <AuthContext.Provider value={auth as AuthContextValue}>{children}</AuthContext.Provider>
    );
  const result = render(
    <I18nextProvider i18n={i18n}>
      <AppInfoContext.Provider value={{ title: options.title ?? 'Pix libre' }}>
        <ThemeProvider theme={createPixTheme(options.language ?? 'fr')}>
          <MockedProvider mocks={options.mocks ?? []} cache={createApolloCache()}>
            {withAuth(<MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>)}
          </MockedProvider>
        </ThemeProvider>
      </AppInfoContext.Provider>
    </I18nextProvider>,
  );
  return { ...result, i18n, auth };
}

export { Session };
