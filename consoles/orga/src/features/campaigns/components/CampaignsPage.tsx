import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { urls } from '../../../urls';
import type { CampaignListItem, CampaignsQueryState, CampaignsTab } from '../campaign-types';
import { CampaignsEmptyState } from './CampaignsEmptyState';
import { CampaignsFilters } from './CampaignsFilters';
import { CampaignsGrid } from './CampaignsGrid';

export interface CampaignsPageProps {
  organizationId: string;
  organizationName: string;
  /** The current page; null before the first answer. */
  rows: CampaignListItem[] | null;
  totalCount: number;
  loading: boolean;
  error: unknown;
  query: CampaignsQueryState;
  /** Receives an update of the current query. */
  onQueryChange: (update: (query: CampaignsQueryState) => CampaignsQueryState) => void;
}

const TABS: CampaignsTab[] = ['mine', 'all'];

/**
 * "Campagnes" (props only): "Mes campagnes" / "Toutes les campagnes", the search by name or code,
 * the archived ones on demand, and the campaigns in a data grid (pages on the server).
 */
export function CampaignsPage({ organizationId, organizationName, rows, totalCount, loading, error, query, onQueryChange }: CampaignsPageProps) {
  const { t } = useTranslation();
  const tabsId = useId();
  const panelId = `${tabsId}-panel`;
  const tabId = (tab: CampaignsTab) => `${tabsId}-${tab}`;

  // Another tab, search or archive filter starts again at the first page.
  const changeQuery = (next: Partial<CampaignsQueryState>) => onQueryChange((current) => ({ ...current, ...next }));

  const createButton = (
    <Button component={RouterLink} to={urls.campaignCreation(organizationId)} variant="contained" startIcon={<Add />}>
      {t('console.campaigns.create')}
    </Button>
  );
  // Nothing to search among: the call to action takes the place of the grid.
  const noCampaign = rows !== null && totalCount === 0 && !query.search;

  return (
    <Box component="section" aria-labelledby="campaigns-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, mb: 3 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="campaigns-title">
            {t('console.campaigns.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {organizationName}
          </Typography>
        </Box>
        {!noCampaign && createButton}
      </Box>

      <Tabs
        value={query.tab}
        onChange={(_event, tab: CampaignsTab) => changeQuery({ tab, page: 0 })}
        aria-label={t('console.campaigns.tabs.label')}
        sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}
      >
        {TABS.map((tab) => (
          <Tab key={tab} value={tab} id={tabId(tab)} aria-controls={panelId} label={t(`console.campaigns.tabs.${tab}`)} />
        ))}
      </Tabs>

      <Box role="tabpanel" id={panelId} aria-labelledby={tabId(query.tab)}>
        <Box sx={{ mb: 2 }}>
          <CampaignsFilters
            search={query.search}
            onSearchChange={(search) => changeQuery({ search, page: 0 })}
            includeArchived={query.includeArchived}
            onIncludeArchivedChange={(includeArchived) => changeQuery({ includeArchived, page: 0 })}
          />
        </Box>

        <ErrorAlert error={error} sx={{ mb: 2 }} />

        {noCampaign ? (
          <CampaignsEmptyState tab={query.tab} action={createButton} />
        ) : (
          <>
            <Typography variant="h2" id="campaigns-list-title" sx={{ mb: 1 }}>
              {rows === null ? t('console.campaigns.listTitle') : t('console.campaigns.listTitleCount', { count: totalCount })}
            </Typography>
            <CampaignsGrid
              organizationId={organizationId}
              labelledBy="campaigns-list-title"
              rows={rows ?? []}
              totalCount={totalCount}
              loading={loading}
              query={query}
              onPageChange={(page, pageSize) => changeQuery(pageSize !== query.pageSize ? { page: 0, pageSize } : { page })}
            />
          </>
        )}
      </Box>
    </Box>
  );
}
