import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { colors, currentLanguage } from '@pix-libre/ui-shared';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { SessionsToProcessQuery } from '../../__generated__/graphql';
import { frenchDate, frenchDay, personName } from '../../components/format';
import { SERVER_GRID_PROPS, useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';

export type SessionToProcess = SessionsToProcessQuery['sessionsToProcess']['edges'][number]['node'];
export const PAGE_SIZES = [20, 50, 100] as const;

export interface SessionsGridProps {
  labelledBy: string;
  rows: SessionToProcess[];
  totalCount: number;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  /** "Je m'assigne la session"; null: the viewer may not (the support). */
  onAssign: ((sessionId: string) => void) | null;
  viewerId: string | null;
  busy: boolean;
}

/** A link or button in a grid cell follows the grid's roving focus: it takes its cell's focus, and leaves the Tab order otherwise. */
function useCellFocus<T extends HTMLElement>(hasFocus: boolean) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    if (hasFocus) ref.current?.focus();
  }, [hasFocus]);
  return ref;
}

function SessionLink({ session, hasFocus, tabIndex }: { session: SessionToProcess; hasFocus: boolean; tabIndex: 0 | -1 }) {
  const { t } = useTranslation();
  const ref = useCellFocus<HTMLAnchorElement>(hasFocus);
  return (
    <Link ref={ref} component={RouterLink} to={urls.jurySession(session.id)} tabIndex={tabIndex} aria-label={t('console.jury.sessions.open', { number: session.number })} sx={{ fontWeight: 700 }}>
      {session.number}
    </Link>
  );
}

function AssignButton({ onClick, hasFocus, tabIndex, disabled, number }: { onClick: () => void; hasFocus: boolean; tabIndex: 0 | -1; disabled: boolean; number: number }) {
  const { t } = useTranslation();
  const ref = useCellFocus<HTMLButtonElement>(hasFocus);
  return (
    <Button ref={ref} size="small" variant="outlined" tabIndex={tabIndex} disabled={disabled} onClick={onClick} aria-label={t('console.jury.assignNumber', { number })}>
      {t('console.jury.assign')}
    </Button>
  );
}

/** One page of the sessions to process (props only): number (a link), centre, date, finalised on, candidates, incidents, assigned to. */
export function SessionsGrid({ labelledBy, rows, totalCount, loading, page, pageSize, onPageChange, onAssign, viewerId, busy }: SessionsGridProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const columns = useMemo<GridColDef<SessionToProcess>[]>(() => {
    const list: GridColDef<SessionToProcess>[] = [
      {
        field: 'number',
        headerName: t('console.jury.sessions.columns.number'),
        width: 110,
        renderCell: ({ row, hasFocus, tabIndex }) => <SessionLink session={row} hasFocus={hasFocus} tabIndex={tabIndex} />,
      },
      {
        field: 'center',
        headerName: t('console.jury.sessions.columns.center'),
        flex: 2,
        minWidth: 180,
        valueGetter: (_value, row) => `${row.certificationCenter.name} (${row.certificationCenter.type})`,
      },
      { field: 'date', headerName: t('console.jury.sessions.columns.date'), width: 115, valueGetter: (_value, row) => frenchDay(row.date) },
      { field: 'finalizedAt', headerName: t('console.jury.sessions.columns.finalizedAt'), width: 125, valueGetter: (_value, row) => frenchDate(row.finalizedAt) },
      { field: 'joinedCount', headerName: t('console.jury.sessions.columns.candidates'), type: 'number', width: 110 },
      {
        field: 'hasIncidentsOrReports',
        headerName: t('console.jury.sessions.columns.incidents'),
        width: 150,
        valueGetter: (_value, row) => (row.hasIncidentsOrReports ? t('console.jury.yes') : t('console.jury.no')),
      },
      {
        field: 'assignedTo',
        headerName: t('console.jury.sessions.columns.assignedTo'),
        flex: 1,
        minWidth: 140,
        valueGetter: (_value, row) => personName(row.assignedTo) ?? t('console.jury.nobody'),
      },
    ];
    if (onAssign) {
      list.push({
        field: 'actions',
        headerName: t('console.jury.sessions.columns.actions'),
        width: 200,
        renderCell: ({ row, hasFocus, tabIndex }) =>
          row.assignedTo?.id === viewerId ? (
            t('console.jury.assignedToMe')
          ) : (
            <AssignButton onClick={() => onAssign(row.id)} hasFocus={hasFocus} tabIndex={tabIndex} disabled={busy} number={row.number} />
          ),
      });
    }
    return list;
  }, [t, onAssign, viewerId, busy]);
  const paginationModel = useMemo(() => ({ page, pageSize }), [page, pageSize]);
  const localeText = useGridLocaleText(language, t('console.jury.sessions.noRows'));
  return (
    <DataGrid
      aria-labelledby={labelledBy}
      rows={rows}
      columns={columns}
      localeText={localeText}
      loading={loading}
      {...SERVER_GRID_PROPS}
      rowCount={totalCount}
      pageSizeOptions={[...PAGE_SIZES]}
      paginationModel={paginationModel}
      onPaginationModelChange={(model) => onPageChange(model.page, model.pageSize)}
      sx={{
        bgcolor: 'background.paper',
        '& .MuiDataGrid-cell': { py: 1, display: 'flex', alignItems: 'center' },
        '& .MuiDataGrid-cell:focus, & .MuiDataGrid-cell:focus-within, & .MuiDataGrid-columnHeader:focus, & .MuiDataGrid-columnHeader:focus-within': {
          outline: `2px solid ${colors.focus}`,
          outlineOffset: -2,
        },
        '& .MuiDataGrid-columnHeaderTitle': { fontWeight: 700 },
      }}
    />
  );
}
