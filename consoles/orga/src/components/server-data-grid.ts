import type { DataGridProps } from '@mui/x-data-grid';
import { enUS, frFR } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';

/**
 * What every data grid of Pix Orga shares: the server pages, sorts and filters (the grid only shows
 * a page), rows as high as their content, and all rows rendered (at most 100 a page; jsdom tests
 * need it too). Spread into <DataGrid>, then add what is the grid's own.
 */
export const SERVER_GRID_PROPS = {
  autoHeight: true,
  getRowHeight: () => 'auto',
  disableVirtualization: true,
  disableColumnMenu: true,
  disableColumnFilter: true,
  disableColumnSelector: true,
  paginationMode: 'server',
  filterMode: 'server',
} satisfies Partial<DataGridProps>;

/** The grid's texts in the interface's language, with the grid's own "no rows" sentence. */
export function useGridLocaleText(language: string, noRowsLabel: string): DataGridProps['localeText'] {
  return useMemo(() => ({ ...(language === 'en' ? enUS : frFR).components.MuiDataGrid.defaultProps.localeText, noRowsLabel }), [language, noRowsLabel]);
}
