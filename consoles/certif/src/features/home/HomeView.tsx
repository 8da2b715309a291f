import { useQuery } from '@apollo/client/react';
import { ConsoleHomePage, ErrorAlert, PageLoader, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { CertifMembershipsQuery } from '../../centers/centers.graphql';
import { centerMemberships, rememberedCenter } from '../../centers/current-center';
import { urls } from '../../urls';

/** Opens the sessions of the user's (last) centre; an account of no centre gets the console's home page. */
export function HomeView() {
  const { t } = useTranslation();
  const { logOut } = useAuth();
  useDocumentTitle(t('shared.consoleHome.documentTitle'));
  const { data, loading, error } = useQuery(CertifMembershipsQuery);

  if (loading && !data) return <PageLoader />;
  if (!data) return <ErrorAlert error={error} />;
  const center = rememberedCenter(centerMemberships(data));
  if (center) return <Navigate to={urls.sessions(center.certificationCenter.id)} replace />;
  return (
    <ConsoleHomePage
      consoleName={t('console.name')}
      userName={`${data.me.firstName} ${data.me.lastName}`}
      description={t('console.noCenter')}
      onLogOut={() => void logOut()}
    />
  );
}
