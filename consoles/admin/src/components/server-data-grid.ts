import type { DataGridProps } from '@mui/x-data-grid';
import { enUS, frFR } from '@mui/x-data-grid/locales';
import { useMemo } from 'react';

/**
 * What Pix Admin's data grids share: the server pages (the grid shows one page), rows as high as their
 * content, all rows of the page rendered (at most 100; jsdom tests need it too).
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
} satisfies Partial<DataGridProps>;

/** The grid's texts in the interface's language, with the grid's own "no rows" sentence. */
export function useGridLocaleText(language: string, noRowsLabel: string): DataGridProps['localeText'] {
  return useMemo(() => ({ ...(language === 'en' ? enUS : frFR).components.MuiDataGrid.defaultProps.localeText, noRowsLabel }), [language, noRowsLabel]);
}
