import { useQuery } from '@apollo/client/react';
import { ConsoleHomePage, ErrorAlert, PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminHomeQuery } from './home.graphql';

/**
 * Loads who is logged in. Pix Admin is for the Pix team only: a user without a platform role
 * is logged out at once (the log-in page then says why).
 */
export function HomeView() {
  const { t } = useTranslation();
  const { logOut } = useAuth();
  useDocumentTitle(t('shared.consoleHome.documentTitle'));
  const { data, loading, error } = useQuery(AdminHomeQuery, { fetchPolicy: 'network-only' });
  const forbidden = data !== undefined && data.me.platformRole === null;

  useEffect(() => {
    if (forbidden) void logOut('forbidden');
  }, [forbidden, logOut]);

  if ((loading && !data) || forbidden) return <PageLoader />;
  if (!data) return <ErrorAlert error={error} />;
  return (
    <ConsoleHomePage
      consoleName={t('console.name')}
      userName={`${data.me.firstName} ${data.me.lastName}`}
      description={t('console.description')}
      onLogOut={() => void logOut()}
    />
  );
}
