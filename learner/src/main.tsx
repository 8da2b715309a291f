import { AppProviders, createApolloClient, createI18n, currentLanguage } from '@pix-libre/ui-shared';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { learnerResources } from './i18n';
import { LearnerRoutes } from './LearnerRoutes';
import { LearnerSessionContext } from './session/learner-session';

// What mountApp does, keeping the Session at hand: choosing a password after a temporary one
// (changeExpiredPassword) opens a session outside AuthProvider's logIn (see useStartSession).
const i18n = createI18n(learnerResources);
const { client, session } = createApolloClient({ getLanguage: () => currentLanguage(i18n) });
const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');
const basename = import.meta.env.BASE_URL.replace(/\/+$/, '') || '/';

createRoot(container).render(
  <StrictMode>
    <AppProviders title="Pix libre" i18n={i18n} client={client} session={session}>
      <LearnerSessionContext.Provider value={session}>
        <BrowserRouter basename={basename}>
          <LearnerRoutes />
        </BrowserRouter>
      </LearnerSessionContext.Provider>
    </AppProviders>
  </StrictMode>,
);
