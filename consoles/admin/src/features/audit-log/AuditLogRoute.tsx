import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { currentLanguage, ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { AdminAuditLogQuery, AuditAction, AuditLogFilterInput, AuditTargetType } from '../../__generated__/graphql';
import { formatDateTime, PAGE_SIZES, SERVER_GRID_PROPS, useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { AuditLogQuery } from './audit-log.graphql';

type Entry = AdminAuditLogQuery['auditLog']['edges'][number]['node'];

const ACTIONS: AuditAction[] = [
  'USER_UNBLOCKED', 'USER_LOGIN_METHOD_REMOVED', 'USER_PASSWORD_RESET_EMAIL_SENT', 'USER_ANONYMIZED',
  'ORGANIZATION_CREATED', 'ORGANIZATION_MEMBER_ADDED', 'CERTIFICATION_CENTER_CREATED', 'CERTIFICATION_CENTER_MEMBER_ADDED',
  'API_CLIENT_CREATED', 'API_CLIENT_SECRET_ROTATED', 'API_CLIENT_REVOKED', 'API_CLIENT_UPDATED',
  'TARGET_PROFILE_CREATED', 'TARGET_PROFILE_COPIED', 'TARGET_PROFILE_UPDATED', 'TARGET_PROFILE_ATTACHED_TO_ORGANIZATIONS', 'TARGET_PROFILE_DETACHED_FROM_ORGANIZATIONS',
];
const TARGET_TYPES: AuditTargetType[] = ['USER', 'ORGANIZATION', 'MEMBERSHIP', 'CERTIFICATION_CENTER', 'CERTIFICATION_CENTER_MEMBERSHIP', 'API_CLIENT', 'TARGET_PROFILE'];
const FIELDS = ['actor', 'target', 'targetId', 'action', 'targetType', 'from', 'to'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;

/** A day typed (the date field's value, AAAA-MM-JJ) as the start of that day where the staff member is, to the API. */
const parisDay = (day: string, plusDays = 0) => {
  const date = new Date(`${day}T00:00:00`);
  date.setDate(date.getDate() + plusDays);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

const short = (value: unknown) => (value === null || value === undefined ? '∅' : JSON.stringify(value));

/** "Journal d'audit" (SUPER_ADMIN, SUPPORT): every staff action, newest first, filtered and paged by the server. */
export function AuditLogRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('console.auditLog.title'));
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FIELDS.map((field) => [field, params.get(field) ?? ''])) as Filters;
  const [typed, setTyped] = useState<Filters>(applied);
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const pageSize = (PAGE_SIZES as readonly number[]).includes(Number(params.get('size'))) ? Number(params.get('size')) : PAGE_SIZES[0];

  const filter: AuditLogFilterInput = {
    actor: applied.actor || null,
    target: applied.target || null,
    targetId: applied.targetId || null,
    action: (applied.action || null) as AuditAction | null,
    targetType: (applied.targetType || null) as AuditTargetType | null,
    from: applied.from ? parisDay(applied.from) : null,
    to: applied.to ? parisDay(applied.to, 1) : null,
  };
  const { data, previousData, loading, error } = useQuery(AuditLogQuery, {
    variables: { first: pageSize, offset: page * pageSize, filter },
    fetchPolicy: 'cache-and-network',
  });
  const log = (data ?? previousData)?.auditLog;
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.auditLog.noRows'));
  const paginationModel = useMemo(() => ({ page, pageSize }), [page, pageSize]);

  const go = (filters: Filters, nextPage = 0, nextSize = pageSize) => {
    const query: Record<string, string> = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
    if (nextPage) query.page = String(nextPage);
    if (nextSize !== PAGE_SIZES[0]) query.size = String(nextSize);
    setParams(query);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    go(typed);
  };
  const clear = () => {
    const empty = Object.fromEntries(FIELDS.map((field) => [field, ''])) as Filters;
    setTyped(empty);
    go(empty);
  };

  const columns = useMemo<GridColDef<Entry>[]>(
    () => [
      { field: 'occurredAt', headerName: t('console.auditLog.columns.occurredAt'), width: 150, valueFormatter: (value: string) => formatDateTime(value) },
      { field: 'action', headerName: t('console.auditLog.columns.action'), flex: 1, minWidth: 170, valueGetter: (_v, row) => t(`console.auditLog.actions.${row.action}`, { defaultValue: row.action }) },
      {
        field: 'target',
        headerName: t('console.auditLog.columns.target'),
        flex: 1.2,
        minWidth: 180,
        renderCell: ({ row, tabIndex }) => {
          const label = `${t(`console.auditLog.targetTypes.${row.targetType}`)} ${row.targetName ?? ''} (n° ${row.targetId})`;
          return row.targetType === 'USER' ? (
            <Link component={RouterLink} to={urls.user(row.targetId)} tabIndex={tabIndex}>
              {label}
            </Link>
          ) : (
            label
          );
        },
      },
      { field: 'actor', headerName: t('console.auditLog.columns.actor'), flex: 1, minWidth: 140, valueGetter: (_v, row) => (row.actor ? `${row.actor.firstName} ${row.actor.lastName}` : '') },
      { field: 'comment', headerName: t('console.auditLog.columns.comment'), flex: 1.5, minWidth: 180 },
      {
        field: 'change',
        headerName: t('console.auditLog.columns.change'),
        flex: 1.5,
        minWidth: 200,
        renderCell: ({ row }) => (
          <Box component="span" sx={{ fontFamily: 'monospace', fontSize: '0.8rem', overflowWrap: 'anywhere' }}>
            {short(row.before)} → {short(row.after)}
          </Box>
        ),
      },
    ],
    [t],
  );

  const field = (name: keyof Filters) => ({
    name,
    value: typed[name],
    onChange: (event: { target: { value: string } }) => setTyped((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <Box component="section" aria-labelledby="audit-log-title">
      <Typography variant="h1" id="audit-log-title" gutterBottom>
        {t('console.auditLog.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('console.auditLog.intro')}</Typography>
      <Box component="form" onSubmit={submit} aria-label={t('console.auditLog.filters')} sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, mb: 3 }}>
        <TextField label={t('console.auditLog.actor')} {...field('actor')} />
        <TextField label={t('console.auditLog.target')} {...field('target')} />
        <TextField label={t('console.auditLog.targetId')} {...field('targetId')} />
        <TextField select label={t('console.auditLog.targetType')} {...field('targetType')}>
          <MenuItem value="">{t('console.auditLog.any')}</MenuItem>
          {TARGET_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {t(`console.auditLog.targetTypes.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={t('console.auditLog.action')} {...field('action')}>
          <MenuItem value="">{t('console.auditLog.any')}</MenuItem>
          {ACTIONS.map((action) => (
            <MenuItem key={action} value={action}>
              {t(`console.auditLog.actions.${action}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField type="date" label={t('console.auditLog.from')} {...field('from')} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField type="date" label={t('console.auditLog.to')} {...field('to')} slotProps={{ inputLabel: { shrink: true } }} />
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Button type="submit" variant="contained">
            {t('console.auditLog.apply')}
          </Button>
          <Button onClick={clear}>{t('console.auditLog.reset')}</Button>
        </Box>
      </Box>
      {error && <ErrorAlert error={error} />}
      <Typography variant="h2" id="audit-log-grid-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('console.auditLog.gridLabel')} {log ? `(${log.totalCount})` : ''}
      </Typography>
      {/* The grid's own loading overlay has no accessible name: a named bar instead, and the spinner until the first page. */}
      {loading && log && <LinearProgress aria-label={t('shared.loading')} sx={{ mb: 1 }} />}
      {log ? (
        <DataGrid
          aria-labelledby="audit-log-grid-title"
          rows={log.edges.map((edge) => edge.node)}
          columns={columns}
          localeText={localeText}
          {...SERVER_GRID_PROPS}
          rowCount={log.totalCount}
          pageSizeOptions={[...PAGE_SIZES]}
          paginationModel={paginationModel}
          onPaginationModelChange={(model) => go(applied, model.pageSize === pageSize ? model.page : 0, model.pageSize)}
        />
      ) : (
        <PageLoader />
      )}
    </Box>
  );
}
