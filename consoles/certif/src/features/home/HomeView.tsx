import { useQuery } from '@apollo/client/react';
import { ConsoleHomePage, ErrorAlert, PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { CertifHomeQuery } from './home.graphql';

/** Loads who is logged in and shows the console's home page. */
export function HomeView() {
  const { t } = useTranslation();
  const { logOut } = useAuth();
  useDocumentTitle(t('shared.consoleHome.documentTitle'));
  const { data, loading, error } = useQuery(CertifHomeQuery);

  if (loading && !data) return <PageLoader />;
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
