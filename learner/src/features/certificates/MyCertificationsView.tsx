import { useQuery } from '@apollo/client/react';
import { downloadWithToken, ErrorAlert, NotFoundPage, PageLoader, useDocumentTitle, useSession } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { urls } from '../../urls';
import { MyCertificationsQuery } from './certificates.graphql';
import { CertificatePage } from './components/CertificatePage';
import { MyCertificationsPage } from './components/MyCertificationsPage';

/** "Mes certifications" (`/mes-certifications`, protected). */
export function MyCertificationsView() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.certificates.documentTitle'));
  const { data, loading, error } = useQuery(MyCertificationsQuery, { fetchPolicy: 'cache-and-network' });
  if (data?.me) return <MyCertificationsPage certifications={data.me.certifications} />;
  if (loading) return <PageLoader />;
  return <ErrorAlert error={error} />;
}

/** One certificate (`/mes-certifications/:id`, protected): the attestation is fetched with the access token. */
export function MyCertificateView() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const session = useSession();
  useDocumentTitle(t('learner.certificates.certificateDocumentTitle'));
  const { data, loading, error } = useQuery(MyCertificationsQuery, { fetchPolicy: 'cache-and-network' });
  const certification = data?.me.certifications.find((c) => c.id === id);
  if (certification) return <CertificatePage certification={certification} download={(url, fileName) => downloadWithToken(session, url, fileName, i18n.language)} />;
  if (data?.me) return <NotFoundPage homePath={urls.myCertifications()} />;
  if (loading) return <PageLoader />;
  return <ErrorAlert error={error} />;
}
