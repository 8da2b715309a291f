import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { DashboardPage } from './components/DashboardPage';
import { DashboardQuery } from './dashboard.graphql';

/** Loads the learner's profile and shows the dashboard. */
export function DashboardView() {
  const { t } = useTranslation();
  useDocumentTitle(t('learner.dashboard.documentTitle'));
  // Always asked again: a test just finished changes the levels, the pix and the states.
  const { data, loading, error } = useQuery(DashboardQuery, { fetchPolicy: 'cache-and-network' });
  if (data?.me) return <DashboardPage user={data.me} />;
  if (loading) return <PageLoader />;
  return <ErrorAlert error={error} />;
}
