import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { OrganizationHomePage } from './components/OrganizationHomePage';
import { OrganizationUnavailable, isUnavailable } from './components/OrganizationUnavailable';
import { OrganizationHomeQuery } from './organization.graphql';

/** Loads an organisation and shows its home: name, UAI, type, its sections. */
export function OrganizationHomeView({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(OrganizationHomeQuery, { variables: { id: organizationId } });
  const organization = data?.organization;
  const unavailable = !organization && isUnavailable(error);
  useDocumentTitle(organization?.name ?? (unavailable ? t('console.organization.unavailableTitle') : error ? t('shared.errors.title') : null));

  if (loading && !organization) return <PageLoader />;
  if (organization) return <OrganizationHomePage organization={organization} />;
  return unavailable ? <OrganizationUnavailable /> : <ErrorAlert error={error} />;
}
