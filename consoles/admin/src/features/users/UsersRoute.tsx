import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { currentLanguage, ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { AdminUsersQuery } from '../../__generated__/graphql';
import { formatDate, formatDateTime, PAGE_SIZES, SERVER_GRID_PROPS, useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { UsersQuery } from './users.graphql';

type UserRow = AdminUsersQuery['users']['edges'][number]['node'];

/** The page of the list in the address (?q=…&page=…&size=…): a link or "Retour" finds the same list. */
function useListState() {
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Number(params.get('size')) || PAGE_SIZES[0];
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0];
  const set = (next: { search?: string; page?: number; pageSize?: number }) => {
    const merged = { search, page, pageSize, ...next };
    const query: Record<string, string> = {};
    if (merged.search) query.q = merged.search;
    if (merged.page) query.page = String(merged.page);
    if (merged.pageSize !== PAGE_SIZES[0]) query.size = String(merged.pageSize);
    setParams(query);
  };
  return { search, page, pageSize, set };
}

/** "Utilisateurs" (SUPER_ADMIN, SUPPORT): accounts searched by name, e-mail or username, page by page on the server. */
export function UsersRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('console.users.title'));
  const list = useListState();
  const [typed, setTyped] = useState(list.search);
  const { data, previousData, loading, error } = useQuery(UsersQuery, {
    variables: { first: list.pageSize, offset: list.page * list.pageSize, filter: { search: list.search || null } },
    fetchPolicy: 'cache-and-network',
  });
  const users = (data ?? previousData)?.users;
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.users.noRows'));
  const paginationModel = useMemo(() => ({ page: list.page, pageSize: list.pageSize }), [list.page, list.pageSize]);

  const columns = useMemo<GridColDef<UserRow>[]>(
    () => [
      {
        field: 'name',
        headerName: t('console.users.columns.name'),
        flex: 1.5,
        minWidth: 180,
        renderCell: ({ row, tabIndex }) => (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
            <Link component={RouterLink} to={urls.user(row.id)} tabIndex={tabIndex} sx={{ fontWeight: 500 }}>
              {row.lastName} {row.firstName}
            </Link>
            {row.anonymizedAt && <Chip size="small" label={t('console.users.anonymized')} />}
          </Box>
        ),
      },
      { field: 'email', headerName: t('console.users.columns.email'), flex: 1.5, minWidth: 180 },
      { field: 'username', headerName: t('console.users.columns.username'), flex: 1, minWidth: 140 },
      { field: 'platformRole', headerName: t('console.users.columns.role'), width: 120 },
      { field: 'lastLoggedAt', headerName: t('console.users.columns.lastLoggedAt'), width: 160, valueFormatter: (value: string | null) => formatDateTime(value) },
      { field: 'createdAt', headerName: t('console.users.columns.createdAt'), width: 120, valueFormatter: (value: string) => formatDate(value) },
    ],
    [t],
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    list.set({ search: typed.trim(), page: 0 });
  };

  return (
    <Box component="section" aria-labelledby="users-title">
      <Typography variant="h1" id="users-title" gutterBottom>
        {t('console.users.title')}
      </Typography>
      <Box component="form" role="search" onSubmit={submit} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start', mb: 3 }}>
        <TextField
          label={t('console.users.searchLabel')}
          helperText={t('console.users.searchHint')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          sx={{ minWidth: { xs: '100%', sm: 420 } }}
        />
        <Button type="submit" variant="contained" sx={{ mt: 1 }}>
          {t('console.users.search')}
        </Button>
      </Box>
      {error && <ErrorAlert error={error} />}
      <Typography variant="h2" id="users-grid-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('console.users.gridLabel')} {users ? `(${users.totalCount})` : ''}
      </Typography>
      {/* The grid's own loading overlay has no accessible name: a named bar instead, and the spinner until the first page. */}
      {loading && users && <LinearProgress aria-label={t('shared.loading')} sx={{ mb: 1 }} />}
      {users ? (
        <DataGrid
          aria-labelledby="users-grid-title"
          rows={users.edges.map((edge) => edge.node)}
          columns={columns}
          localeText={localeText}
          {...SERVER_GRID_PROPS}
          rowCount={users.totalCount}
          pageSizeOptions={[...PAGE_SIZES]}
          paginationModel={paginationModel}
          onPaginationModelChange={(model) => list.set({ page: model.pageSize === list.pageSize ? model.page : 0, pageSize: model.pageSize })}
        />
      ) : (
        <PageLoader />
      )}
    </Box>
  );
}
