import type { DataGridProps } from '@mui/x-data-grid';
import { enUS, frFR } from '@mui/x-data-grid/locales';
import { colors } from '@pix-libre/ui-shared';
import { useMemo } from 'react';

/** Page sizes of Pix Admin's lists (the server cuts the pages: 100 at most). */
export const PAGE_SIZES = [20, 50, 100] as const;

/**
 * What every data grid of Pix Admin shares: the server pages and filters (the grid only shows a
 * page), rows as high as their content, all rows rendered (100 a page at most), a visible focus.
 */
export const SERVER_GRID_PROPS = {
  autoHeight: true,
  getRowHeight: () => 'auto',
  disableVirtualization: true,
  disableColumnMenu: true,
  disableColumnFilter: true,
  disableColumnSelector: true,
  disableColumnSorting: true,
  disableRowSelectionOnClick: true,
  paginationMode: 'server',
  filterMode: 'server',
  pageSizeOptions: [...PAGE_SIZES],
  sx: {
    bgcolor: 'background.paper',
    '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
    '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus, & .MuiDataGrid-columnHeader:focus-within': {
      outline: `2px solid ${colors.focus}`,
      outlineOffset: -2,
    },
    '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 },
  },
} satisfies Partial<DataGridProps>;


/** The grid's texts in the interface's language, with the grid's own "no rows" sentence. */
export function useGridLocaleText(language: string, noRowsLabel: string): DataGridProps['localeText'] {
  return useMemo(() => ({ ...(language === 'en' ? enUS : frFR).components.MuiDataGrid.defaultProps.localeText, noRowsLabel }), [language, noRowsLabel]);
}

const DATE = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Europe/Paris' });
const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

/** An API date-time as a French date (JJ/MM/AAAA, the day in metropolitan France); '' when none. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value.length === 10 ? `${value}T12:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? '' : DATE.format(date);
}

/** JJ/MM/AAAA HH:MM (Paris time). */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : DATE_TIME.format(date);
}
