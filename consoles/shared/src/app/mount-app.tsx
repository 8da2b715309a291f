import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../apollo/create-apollo-client';
import { createI18n, currentLanguage, type AppResources } from '../i18n/i18n';
import { AppProviders } from './AppProviders';

export interface MountAppOptions {
  /** "Pix libre", "Pix Orga"… */
  title: string;
  resources: AppResources;
  /** The app's base path (Vite's BASE_URL), e.g. "/" or "/orga/". */
  basePath: string;
  routes: ReactNode;
  rootElementId?: string;
}

/** Starts an app in the browser: i18n, Apollo client with its session, router, providers. */
export function mountApp({ title, resources, basePath, routes, rootElementId = 'root' }: MountAppOptions): void {
  const i18n = createI18n(resources);
  const { client, session } = createApolloClient({ getLanguage: () => currentLanguage(i18n) });
  const container = document.getElementById(rootElementId);
  if (!container) throw new Error(`#${rootElementId} is missing from index.html`);
  const basename = basePath.replace(/\/+$/, '') || '/';
  createRoot(container).render(
    <StrictMode>
      <AppProviders title={title} i18n={i18n} client={client} session={session}>
        <BrowserRouter basename={basename}>{routes}</BrowserRouter>
      </AppProviders>
    </StrictMode>,
  );
}
