import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { CertificationProfileQuery } from './certification.graphql';
import { CurrentCertificationCourseQuery } from './certification-test.graphql';
import { CertificationPage } from './components/CertificationPage';

/** Loads whether the learner's profile is certifiable. */
export function CertificationView() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.certification.documentTitle'));
  const { data, loading, error } = useQuery(CertificationProfileQuery, { fetchPolicy: 'cache-and-network' });
  // A test in progress: "Reprendre" (nothing shown if this cannot be read).
  const current = useQuery(CurrentCertificationCourseQuery, { fetchPolicy: 'network-only' });
  const inProgress = current.data?.currentCertificationCourse;
  if (data?.me) return <CertificationPage profile={data.me.profile} resumeCourseId={inProgress ? inProgress.id : null} />;
  if (loading) return <PageLoader />;
  return <ErrorAlert error={error} />;
}
