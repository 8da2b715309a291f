import type { DataGridProps } from '@mui/x-data-grid';
import { enUS, frFR } from '@mui/x-data-grid/locales';
import { colors } from '@pix-libre/ui-shared';
import { useMemo } from 'react';

/** Page sizes of Pix Admin's lists (the server cuts the pages: 100 at most). */
export const PAGE_SIZES = [20, 50, 100] as const;

/**
 * What every data grid of Pix Admin shares: the server pages and filters (the grid only shows a
 * page), rows as high as their content, all rows rendered (jsdom tests need it too), a visible focus.
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

/** A date as French readers write it (JJ/MM/AAAA), whatever the language of the interface. */
export const frenchDate = (value: string | null | undefined) => (value ? new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short' }).format(new Date(value)) : '');
