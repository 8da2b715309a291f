import Typography from '@mui/material/Typography';
import { DataGrid, type DataGridProps, type GridColDef, type GridPaginationModel, type GridValidRowModel } from '@mui/x-data-grid';
import { ErrorAlert } from '@pix-libre/ui-shared';
import { SERVER_GRID_PROPS } from './server-data-grid';

interface ServerGridResultsProps<Row extends GridValidRowModel> {
  /** The id of the list's title (the grid's accessible name). */
  titleId: string;
  error: unknown;
  loading: boolean;
  /** "12 organisations": the status line read out when a page arrives ('' before the first one). */
  countLabel: string;
  rows: Row[];
  totalCount: number;
  columns: GridColDef<Row>[];
  localeText: DataGridProps['localeText'];
  page: GridPaginationModel;
  onPageChange: (page: GridPaginationModel) => void;
}

/** A list of Pix Admin read page by page from the server: its error, its count, the grid. */
export function ServerGridResults<Row extends GridValidRowModel>({ titleId, error, loading, countLabel, rows, totalCount, columns, localeText, page, onPageChange }: ServerGridResultsProps<Row>) {
  return (
    <>
      <ErrorAlert error={error} sx={{ mb: 2 }} />
      <Typography role="status" sx={{ mb: 1 }}>
        {countLabel}
      </Typography>
      <DataGrid
        aria-labelledby={titleId}
        rows={rows}
        columns={columns}
        localeText={localeText}
        loading={loading}
        {...SERVER_GRID_PROPS}
        rowCount={totalCount}
        paginationModel={page}
        onPaginationModelChange={onPageChange}
      />
    </>
  );
}
