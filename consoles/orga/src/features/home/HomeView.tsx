import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { chooseOrganization, readRememberedOrganization } from '../../organizations/current-organization';
import { OrgaMembershipsQuery } from '../../organizations/memberships.graphql';
import { urls } from '../../urls';
import { NoOrganizationPage } from './components/NoOrganizationPage';

/**
 * After log-in: opens the organisation remembered on this device (or the first one), or says
 * that the user belongs to no organisation yet and what to do.
 */
export function HomeView() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrgaMembershipsQuery);
  const target = data ? chooseOrganization(data.me.memberships, readRememberedOrganization()) : null;
  useDocumentTitle(data && !target ? t('console.noOrganization.documentTitle') : error ? t('shared.errors.title') : null);

  if (loading && !data) return <PageLoader />;
  if (!data) return <ErrorAlert error={error} />;
  if (target) return <Navigate to={urls.organization(target)} replace />;
  return <NoOrganizationPage />;
}
