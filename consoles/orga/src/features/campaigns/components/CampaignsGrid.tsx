import Box from '@mui/material/Box';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { colors, currentLanguage } from '@pix-libre/ui-shared';
import { SERVER_GRID_PROPS, useGridLocaleText } from '../../../components/server-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { urls } from '../../../urls';
import { creatorName, formatDate, PAGE_SIZES, type CampaignListItem, type CampaignsQueryState } from '../campaign-types';
import { CampaignNameLink } from './CampaignNameLink';

export interface CampaignsGridProps {
  organizationId: string;
  /** The id of the heading that names the grid. */
  labelledBy: string;
  rows: CampaignListItem[];
  totalCount: number;
  loading: boolean;
  query: CampaignsQueryState;
  onPageChange: (page: number, pageSize: number) => void;
}

/**
 * The campaigns of one page (props only): Nom (a link to the campaign), Code, Type, Parcours,
 * Participants, Résultats reçus (sent), Créée par, Date de création. The server sorts them, newest first, and cuts the pages.
 */
export function CampaignsGrid({ organizationId, labelledBy, rows, totalCount, loading, query, onPageChange }: CampaignsGridProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);

  const columns = useMemo<GridColDef<CampaignListItem>[]>(
    () => [
      {
        field: 'name',
        headerName: t('console.campaigns.columns.name'),
        flex: 2,
        minWidth: 200,
        renderCell: ({ row, hasFocus, tabIndex }) => (
          <CampaignNameLink
            name={row.name}
            to={urls.campaign(organizationId, row.id)}
            archived={Boolean(row.archivedAt)}
            hasFocus={hasFocus}
            tabIndex={tabIndex}
          />
        ),
      },
      {
        field: 'code',
        headerName: t('console.campaigns.columns.code'),
        width: 120,
        renderCell: ({ value }) => (
          <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.95rem', letterSpacing: '0.05em' }}>
            {value as string}
          </Box>
        ),
      },
      {
        field: 'type',
        headerName: t('console.campaigns.columns.type'),
        width: 140,
        valueGetter: (_value, row) => t(`console.campaigns.types.${row.type}`),
      },
      {
        field: 'targetProfile',
        headerName: t('console.campaigns.columns.targetProfile'),
        flex: 1.5,
        minWidth: 160,
        valueGetter: (_value, row) => row.targetProfile?.name ?? '',
      },
      {
        field: 'participants',
        headerName: t('console.campaigns.columns.participants'),
        type: 'number',
        width: 110,
        valueGetter: (_value, row) => row.participationStats.total,
      },
      {
        field: 'shared',
        headerName: t('console.campaigns.columns.shared'),
        type: 'number',
        width: 140,
        valueGetter: (_value, row) => row.participationStats.shared,
      },
      {
        field: 'creator',
        headerName: t('console.campaigns.columns.creator'),
        flex: 1,
        minWidth: 130,
        valueGetter: (_value, row) => creatorName(row),
      },
      {
        field: 'createdAt',
        headerName: t('console.campaigns.columns.createdAt'),
        width: 140,
        valueFormatter: (value: string) => formatDate(value),
      },
    ],
    [t, organizationId],
  );

  // The grid's controlled model keeps its identity while unchanged (a new object would count as a change).
  const paginationModel = useMemo(() => ({ page: query.page, pageSize: query.pageSize }), [query.page, query.pageSize]);
  const localeText = useGridLocaleText(language, t('console.campaigns.grid.noRows'));

  return (
    <DataGrid
      aria-labelledby={labelledBy}
      rows={rows}
      columns={columns}
      localeText={localeText}
      loading={loading}
      {...SERVER_GRID_PROPS}
      disableColumnSorting
      disableRowSelectionOnClick
      rowCount={totalCount}
      pageSizeOptions={[...PAGE_SIZES]}
      paginationModel={paginationModel}
      onPaginationModelChange={(model) => onPageChange(model.page, model.pageSize)}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
        // A visible focus on the cell or header the keyboard is on (WCAG 2.4.7).
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus, & .MuiDataGrid-columnHeader:focus-within': {
          outline: `2px solid ${colors.focus}`,
          outlineOffset: -2,
        },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 },
      }}
    />
  );
}
