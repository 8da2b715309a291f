import Link from '@mui/material/Link';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { colors, currentLanguage } from '@pix-libre/ui-shared';
import { SERVER_GRID_PROPS, useGridLocaleText } from '../../../components/server-data-grid';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignType } from '../../../__generated__/graphql';
import { formatDate, formatRate, PAGE_SIZES, participantName, type ParticipantsQueryState, type ParticipationRow } from '../campaign-results-types';
import { CertifiableChip, StatusChip } from './ParticipationChips';
import { NotAvailable, RateBar } from './SectionParts';

export interface ParticipantsGridProps {
  /** The id of the heading that names the grid. */
  labelledBy: string;
  type: CampaignType;
  /** The campaign's label of the external identifier: a column when set. */
  idPixLabel: string | null;
  showDivision: boolean;
  rows: ParticipationRow[];
  totalCount: number;
  loading: boolean;
  query: ParticipantsQueryState;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (row: ParticipationRow) => void;
}

interface OpenDetailButtonProps {
  row: ParticipationRow;
  hasFocus: boolean;
  tabIndex: 0 | -1;
  onOpen: (row: ParticipationRow) => void;
}

/** The last name, a button that opens the detail (the grid's roving focus lands on it). */
function OpenDetailButton({ row, hasFocus, tabIndex, onOpen }: OpenDetailButtonProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (hasFocus) ref.current?.focus();
  }, [hasFocus]);
  return (
    <Link
      ref={ref}
      component="button"
      type="button"
      tabIndex={tabIndex}
      aria-haspopup="dialog"
      // Starts with the visible last name (WCAG 2.5.3), then says whose detail opens.
      aria-label={t('console.campaignResults.participants.openDetail', { lastName: row.participant?.lastName ?? '', name: participantName(row) })}
      onClick={(event) => {
        event.stopPropagation();
        onOpen(row);
      }}
      sx={{ fontWeight: 500, textAlign: 'left', overflowWrap: 'anywhere' }}
    >
      {row.participant?.lastName ?? '–'}
    </Link>
  );
}

/** The participations of one page (props only): the server sorts them alphabetically (French order) and cuts the pages. */
export function ParticipantsGrid(props: ParticipantsGridProps) {
  const { labelledBy, type, idPixLabel, showDivision, rows, totalCount, loading, query, onPageChange, onOpen } = props;
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);

  const columns = useMemo<GridColDef<ParticipationRow>[]>(() => {
    const column = (key: string) => t(`console.campaignResults.participants.columns.${key}`);
    const shared = (row: ParticipationRow) => row.status === 'SHARED';
    const list: GridColDef<ParticipationRow>[] = [
      {
        field: 'lastName',
        headerName: column('lastName'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_value, row) => row.participant?.lastName ?? '',
        renderCell: ({ row, hasFocus, tabIndex }) => <OpenDetailButton row={row} hasFocus={hasFocus} tabIndex={tabIndex} onOpen={onOpen} />,
      },
      { field: 'firstName', headerName: column('firstName'), flex: 1, minWidth: 130, valueGetter: (_value, row) => row.participant?.firstName ?? '' },
    ];
    if (showDivision) list.push({ field: 'division', headerName: column('division'), width: 100, valueGetter: (_value, row) => row.participant?.division ?? '' });
    if (idPixLabel) list.push({ field: 'participantExternalId', headerName: idPixLabel, flex: 1, minWidth: 150 });
    list.push({ field: 'status', headerName: column('status'), width: 200, renderCell: ({ row }) => <StatusChip type={type} status={row.status} /> });
    if (type === 'ASSESSMENT') {
      list.push(
        {
          field: 'progress',
          headerName: column('progress'),
          width: 170,
          renderCell: ({ row }) => <RateBar rate={row.progress / 100} text={formatRate(row.progress / 100, language)} width={80} />,
        },
        {
          field: 'masteryRate',
          headerName: column('masteryRate'),
          width: 120,
          renderCell: ({ row }) => (shared(row) && row.masteryRate !== null ? formatRate(row.masteryRate, language) : <NotAvailable />),
        },
      );
    } else {
      list.push(
        { field: 'pixScore', headerName: column('pixScore'), width: 90, renderCell: ({ row }) => (shared(row) && row.pixScore !== null ? row.pixScore : <NotAvailable />) },
        {
          field: 'isCertifiable',
          headerName: column('certifiable'),
          width: 130,
          renderCell: ({ row }) => (shared(row) && row.isCertifiable !== null ? <CertifiableChip certifiable={row.isCertifiable} /> : <NotAvailable />),
        },
        {
          field: 'certifiableCompetencesCount',
          headerName: column('certifiableCompetences'),
          width: 200,
          renderCell: ({ row }) => (shared(row) && row.certifiableCompetencesCount !== null ? row.certifiableCompetencesCount : <NotAvailable />),
        },
      );
    }
    list.push({
      field: 'sharedAt',
      headerName: column('sharedAt'),
      width: 140,
      renderCell: ({ row }) => (row.sharedAt ? formatDate(row.sharedAt, language) : <NotAvailable />),
    });
    return list;
  }, [t, language, type, idPixLabel, showDivision, onOpen]);

  const paginationModel = useMemo(() => ({ page: query.page, pageSize: query.pageSize }), [query.page, query.pageSize]);
  const localeText = useGridLocaleText(language, t('console.campaignResults.participants.noRows'));

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
      onRowClick={({ row }) => onOpen(row)}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-row': { cursor: 'pointer' },
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
