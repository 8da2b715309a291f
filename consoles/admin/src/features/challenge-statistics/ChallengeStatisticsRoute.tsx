import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { currentLanguage, ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { AdminChallengeStatisticsQuery } from '../../__generated__/graphql';
import { formatDateTime, PAGE_SIZES, SERVER_GRID_PROPS, useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { ChallengeStatisticsQuery, RefreshChallengeStatisticsMutation, StatisticsCompetencesQuery } from './challenge-statistics.graphql';
import { SuccessByLevel } from './SuccessByLevel';

type StatisticsRow = AdminChallengeStatisticsQuery['challengeStatistics']['edges'][number]['node'];

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

/** The filters and the page in the address (?signalees=1&competence=1.1&page=…&size=…). */
function useListState() {
  const [params, setParams] = useSearchParams();
  const flaggedOnly = params.get('signalees') === '1';
  const competenceId = params.get('competence') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const size = Number(params.get('size')) || PAGE_SIZES[0];
  const pageSize = (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0];
  const set = (next: { flaggedOnly?: boolean; competenceId?: string; page?: number; pageSize?: number }) => {
    const merged = { flaggedOnly, competenceId, page, pageSize, ...next };
    const query: Record<string, string> = {};
    if (merged.flaggedOnly) query.signalees = '1';
    if (merged.competenceId) query.competence = merged.competenceId;
    if (merged.page) query.page = String(merged.page);
    if (merged.pageSize !== PAGE_SIZES[0]) query.size = String(merged.pageSize);
    setParams(query);
  };
  return { flaggedOnly, competenceId, page, pageSize, set };
}

/**
 * "Difficulté mesurée" (METIER, SUPER_ADMIN): each challenge's success rate by the learners'
 * estimated level, its median time and share skipped, flagged challenges first, page by page on the
 * server; the figures come from the background refresh, which "Rafraîchir" asks for now.
 */
export function ChallengeStatisticsRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('console.challengeStatistics.title'));
  const list = useListState();
  const { data, previousData, loading, error, refetch } = useQuery(ChallengeStatisticsQuery, {
    variables: { first: list.pageSize, offset: list.page * list.pageSize, filter: { flaggedOnly: list.flaggedOnly, competenceId: list.competenceId || null } },
    fetchPolicy: 'cache-and-network',
  });
  const framework = useQuery(StatisticsCompetencesQuery);
  const [refresh, refreshing] = useMutation(RefreshChallengeStatisticsMutation);
  const [asked, setAsked] = useState(false);
  const statistics = (data ?? previousData)?.challengeStatistics;
  const competences = framework.data?.competenceFramework.areas.flatMap((area) => area.competences) ?? [];
  const localeText = useGridLocaleText(currentLanguage(i18n), t(list.flaggedOnly ? 'console.challengeStatistics.noFlaggedRows' : 'console.challengeStatistics.noRows'));
  const paginationModel = useMemo(() => ({ page: list.page, pageSize: list.pageSize }), [list.page, list.pageSize]);

  const columns = useMemo<GridColDef<StatisticsRow>[]>(
    () => [
      {
        field: 'reference',
        headerName: t('console.challengeStatistics.columns.challenge'),
        flex: 1.2,
        minWidth: 170,
        renderCell: ({ row, tabIndex }) => (
          <Box>
            <Link component={RouterLink} to={urls.contentChallenge(row.id)} tabIndex={tabIndex} sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
              {row.reference}
            </Link>
            <Box sx={{ fontSize: '0.8125rem' }}>
              {row.skillName} · {t('console.challengeStatistics.competence', { code: row.competenceCode })}
            </Box>
          </Box>
        ),
      },
      {
        field: 'declaredLevel',
        headerName: t('console.challengeStatistics.columns.levels'),
        width: 130,
        renderCell: ({ row }) => (
          <Box>
            <div>{t('console.challengeStatistics.declared', { level: row.declaredLevel })}</div>
            <div>{row.measuredLevel === null ? t('console.challengeStatistics.measuredNone') : t('console.challengeStatistics.measured', { level: row.measuredLevel })}</div>
          </Box>
        ),
      },
      { field: 'answers', headerName: t('console.challengeStatistics.columns.answers'), width: 100 },
      {
        field: 'successByLevel',
        headerName: t('console.challengeStatistics.columns.successByLevel'),
        flex: 2,
        minWidth: 300,
        renderCell: ({ row }) => <SuccessByLevel levels={row.successByLevel} reference={row.reference} />,
      },
      {
        field: 'successRate',
        headerName: t('console.challengeStatistics.columns.figures'),
        width: 170,
        renderCell: ({ row }) => (
          <Box sx={{ fontSize: '0.875rem' }}>
            <div>{t('console.challengeStatistics.success', { rate: percent(row.successRate) })}</div>
            <div>{t('console.challengeStatistics.skipped', { rate: percent(row.skipRate) })}</div>
            <div>{row.medianTimeSeconds === null ? t('console.challengeStatistics.noTime') : t('console.challengeStatistics.medianTime', { seconds: row.medianTimeSeconds })}</div>
          </Box>
        ),
      },
      {
        field: 'flags',
        headerName: t('console.challengeStatistics.columns.flags'),
        flex: 2,
        minWidth: 260,
        renderCell: ({ row }) =>
          row.flags.length === 0 ? (
            <span>{t('console.challengeStatistics.notFlagged')}</span>
          ) : (
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {row.flags.map((flag) => (
                <li key={flag.code}>
                  <strong>{t('console.challengeStatistics.flagged')}</strong> {flag.reason}
                </li>
              ))}
            </Box>
          ),
      },
    ],
    [t],
  );

  const askRefresh = async () => {
    await refresh();
    setAsked(true);
    // The refresh runs in the background within seconds: read the figures again a little later.
    setTimeout(() => void refetch(), 3000);
  };

  return (
    <Box component="section" aria-labelledby="challenge-statistics-title">
      <Typography variant="h1" id="challenge-statistics-title" gutterBottom>
        {t('console.challengeStatistics.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: 900 }}>{t('console.challengeStatistics.intro')}</Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <FormControlLabel
          control={<Checkbox checked={list.flaggedOnly} onChange={(event) => list.set({ flaggedOnly: event.target.checked, page: 0 })} />}
          label={t('console.challengeStatistics.flaggedOnly')}
        />
        <TextField
          select
          label={t('console.challengeStatistics.competenceFilter')}
          value={list.competenceId}
          onChange={(event) => list.set({ competenceId: event.target.value, page: 0 })}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 280 }}
        >
          <option value="">{t('console.challengeStatistics.allCompetences')}</option>
          {competences.map((competence) => (
            <option key={competence.id} value={competence.id}>
              {competence.code} {competence.name}
            </option>
          ))}
        </TextField>
        <Button variant="outlined" onClick={() => void askRefresh()} disabled={refreshing.loading}>
          {t('console.challengeStatistics.refresh')}
        </Button>
      </Box>
      {statistics && (
        <Typography sx={{ mb: 1 }}>
          {statistics.refreshedAt ? t('console.challengeStatistics.refreshedAt', { date: formatDateTime(statistics.refreshedAt) }) : t('console.challengeStatistics.neverRefreshed')}
        </Typography>
      )}
      {asked && (
        <Alert severity="info" sx={{ mb: 2 }} onClose={() => setAsked(false)}>
          {t('console.challengeStatistics.refreshAsked')}
        </Alert>
      )}
      {(error || refreshing.error) && <ErrorAlert error={error ?? refreshing.error!} />}
      <Typography variant="h2" id="challenge-statistics-grid-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('console.challengeStatistics.gridLabel')} {statistics ? `(${statistics.totalCount})` : ''}
      </Typography>
      {loading && statistics && <LinearProgress aria-label={t('shared.loading')} sx={{ mb: 1 }} />}
      {statistics ? (
        <DataGrid
          aria-labelledby="challenge-statistics-grid-title"
          rows={statistics.edges.map((edge) => edge.node)}
          columns={columns}
          localeText={localeText}
          {...SERVER_GRID_PROPS}
          rowCount={statistics.totalCount}
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
