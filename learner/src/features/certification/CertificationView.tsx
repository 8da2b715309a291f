import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { CertificationProfileQuery } from './certification.graphql';
import { CertificationPage } from './components/CertificationPage';

/** Loads whether the learner's profile is certifiable. */
export function CertificationView() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.certification.documentTitle'));
  const { data, loading, error } = useQuery(CertificationProfileQuery, { fetchPolicy: 'cache-and-network' });
  if (data?.me) return <CertificationPage profile={data.me.profile} />;
  if (loading) return <PageLoader />;
  return <ErrorAlert error={error} />;
}
