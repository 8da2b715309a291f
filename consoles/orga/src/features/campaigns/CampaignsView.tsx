import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { OrganizationUnavailable, isUnavailable } from '../organization/components/OrganizationUnavailable';
import { campaignsVariables, readCampaignsQuery, writeCampaignsQuery, type CampaignsQueryState } from './campaign-types';
import { CampaignsQuery } from './campaigns.graphql';
import { CampaignsPage } from './components/CampaignsPage';

/**
 * Loads an organisation's campaigns ("Campagnes"), one page at a time. The tab, the search, the
 * archived switch and the page are also written in the address, so that coming back finds the same list.
 */
export function CampaignsView({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('console.campaigns.documentTitle'));
  const location = useLocation();
  const navigationType = useNavigationType();
  const [, setSearchParams] = useSearchParams();
  // The query is state (what the grid asks now), mirrored in the address (what "Retour" finds again).
  const [query, setQuery] = useState<CampaignsQueryState>(() => readCampaignsQuery(new URLSearchParams(location.search)));
  const search = writeCampaignsQuery(query).toString();
  // The address follows the state (replacing the history entry)…
  useEffect(() => {
    if (search !== new URLSearchParams(location.search).toString()) setSearchParams(search, { replace: true });
  }, [search]);
  // …except when another list is opened from outside (e.g. the menu's "Campagnes" pushes a new entry).
  useEffect(() => {
    if (navigationType === 'REPLACE') return;
    const opened = readCampaignsQuery(new URLSearchParams(location.search));
    setQuery((current) => (writeCampaignsQuery(current).toString() === writeCampaignsQuery(opened).toString() ? current : opened));
  }, [location.key]);

  // Asked again on each visit: colleagues create campaigns too.
  const campaignsQuery = useQuery(CampaignsQuery, { variables: campaignsVariables(organizationId, query), fetchPolicy: 'cache-and-network' });
  // While another page loads, the grid keeps the last one (and its row count).
  const organization = (campaignsQuery.data ?? campaignsQuery.previousData)?.organization;
  const campaigns = organization?.campaigns;

  if (!organization) {
    if (campaignsQuery.loading) return <PageLoader />;
    return isUnavailable(campaignsQuery.error) ? <OrganizationUnavailable /> : <ErrorAlert error={campaignsQuery.error} />;
  }
  return (
    <CampaignsPage
      organizationId={organizationId}
      organizationName={organization.name}
      rows={campaigns ? campaigns.edges.map((edge) => edge.node) : null}
      totalCount={campaigns?.totalCount ?? 0}
      loading={campaignsQuery.loading}
      error={campaignsQuery.error}
      query={query}
      onQueryChange={setQuery}
    />
  );
}
