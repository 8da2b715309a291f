import { DataGrid, type GridColDef, type GridRowSelectionModel, type GridSortModel } from '@mui/x-data-grid';
import { colors, currentLanguage } from '@pix-libre/ui-shared';
import { SERVER_GRID_PROPS, useGridLocaleText } from '../../../components/server-data-grid';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBirthdate, PAGE_SIZES, SORT_FIELDS, type Pupil, type PupilsQueryState } from '../pupil-types';
import { ConnectionChips } from './ConnectionChips';
import { ManageAccountButton } from './ManageAccountButton';

export interface PupilsGridProps {
  /** The id of the heading that names the grid. */
  labelledBy: string;
  rows: Pupil[];
  totalCount: number;
  loading: boolean;
  query: PupilsQueryState;
  /** Administrators: checkboxes (the current page) and "Gérer le compte". */
  canManage: boolean;
  selectedIds: string[];
  onSelectionChange: (ids: string[]) => void;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (orderBy: PupilsQueryState['orderBy']) => void;
  onManage: (pupil: Pupil) => void;
}

const FIELD_OF_ORDER = Object.fromEntries(Object.entries(SORT_FIELDS).map(([column, field]) => [field, column]));

/**
 * The pupils of one page (props only): Nom, Prénom, Date de naissance, Classe, Connexion and,
 * for administrators, the selection and "Gérer le compte". Pages and sorting are the server's.
 */
export function PupilsGrid(props: PupilsGridProps) {
  const { labelledBy, rows, totalCount, loading, query, canManage, selectedIds, onSelectionChange, onPageChange, onSortChange, onManage } = props;
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);

  const columns = useMemo<GridColDef<Pupil>[]>(() => {
    const base: GridColDef<Pupil>[] = [
      { field: 'lastName', headerName: t('console.pupils.columns.lastName'), flex: 1, minWidth: 130 },
      { field: 'firstName', headerName: t('console.pupils.columns.firstName'), flex: 1, minWidth: 130 },
      {
        field: 'birthdate',
        headerName: t('console.pupils.columns.birthdate'),
        width: 160,
        valueFormatter: (value: string | null) => formatBirthdate(value),
      },
      { field: 'division', headerName: t('console.pupils.columns.division'), width: 110 },
      {
        field: 'connection',
        headerName: t('console.pupils.columns.connection'),
        flex: 1.4,
        minWidth: 220,
        sortable: false,
        renderCell: ({ row }) => <ConnectionChips pupil={row} />,
      },
    ];
    if (!canManage) return base;
    return [
      ...base,
      {
        field: 'actions',
        headerName: t('console.pupils.columns.actions'),
        width: 190,
        sortable: false,
        renderCell: ({ row, hasFocus, tabIndex }) => <ManageAccountButton pupil={row} hasFocus={hasFocus} tabIndex={tabIndex} onClick={onManage} />,
      },
    ];
  }, [t, canManage, onManage]);

  // The grid's controlled models keep their identity while unchanged: a new object would count as
  // a change (e.g. a "new" sort model sends the grid back to its first page).
  const orderField = query.orderBy?.field;
  const orderDirection = query.orderBy?.direction;
  const sortModel = useMemo<GridSortModel>(
    () => (orderField ? [{ field: FIELD_OF_ORDER[orderField] ?? 'lastName', sort: orderDirection === 'DESC' ? 'desc' : 'asc' }] : []),
    [orderField, orderDirection],
  );
  const paginationModel = useMemo(() => ({ page: query.page, pageSize: query.pageSize }), [query.page, query.pageSize]);
  const selectionKey = selectedIds.join(',');
  const selectionModel = useMemo<GridRowSelectionModel>(
    () => ({ type: 'include', ids: new Set(selectionKey ? selectionKey.split(',') : []) }),
    [selectionKey],
  );
  const localeText = useGridLocaleText(language, t('console.pupils.grid.noRows'));

  return (
    <DataGrid
      aria-labelledby={labelledBy}
      rows={rows}
      columns={columns}
      localeText={localeText}
      loading={loading}
      {...SERVER_GRID_PROPS}
      sortingMode="server"
      rowCount={totalCount}
      pageSizeOptions={[...PAGE_SIZES]}
      paginationModel={paginationModel}
      onPaginationModelChange={(model) => onPageChange(model.page, model.pageSize)}
      sortModel={sortModel}
      onSortModelChange={(model) => {
        const [first] = model;
        const field = first ? SORT_FIELDS[first.field] : undefined;
        onSortChange(first && field ? { field, direction: first.sort === 'desc' ? 'DESC' : 'ASC' } : null);
      }}
      checkboxSelection={canManage}
      disableRowSelectionOnClick
      disableRowSelectionExcludeModel
      rowSelectionModel={selectionModel}
      onRowSelectionModelChange={(model) => {
        const ids = model.type === 'include' ? [...model.ids] : rows.map((row) => row.id).filter((id) => !model.ids.has(id));
        onSelectionChange(ids.map(String));
      }}
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
