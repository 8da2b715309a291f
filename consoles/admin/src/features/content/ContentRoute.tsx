import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { currentLanguage, ErrorAlert, markdownSummary, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AdminContentChallengesQuery } from '../../__generated__/graphql';
import { PAGE_SIZES, SERVER_GRID_PROPS, useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { ContentChallengesQuery, ContentTreeQuery } from './content.graphql';
import { toApiFilter, useContentListState } from './content-filters';
import { ContentFilters } from './ContentFilters';

type Row = AdminContentChallengesQuery['contentChallenges']['edges'][number]['node'];

/** "Contenu" (METIER, SUPER_ADMIN): the release's challenges, filtered by its tree and their traits, page by page on the server. */
export function ContentRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('console.content.title'));
  const { state, set } = useContentListState();
  const tree = useQuery(ContentTreeQuery);
  const { data, previousData, loading, error } = useQuery(ContentChallengesQuery, {
    variables: { first: state.pageSize, offset: state.page * state.pageSize, filter: toApiFilter(state) },
    fetchPolicy: 'cache-and-network',
  });
  const challenges = (data ?? previousData)?.contentChallenges;
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.content.noRows'));
  const paginationModel = useMemo(() => ({ page: state.page, pageSize: state.pageSize }), [state.page, state.pageSize]);

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      {
        field: 'reference',
        headerName: t('console.content.columns.reference'),
        width: 200,
        renderCell: ({ row, tabIndex }) => (
          <Link component={RouterLink} to={urls.contentChallenge(row.id)} tabIndex={tabIndex} sx={{ fontWeight: 500, overflowWrap: 'anywhere' }}>
            {row.reference}
          </Link>
        ),
      },
      { field: 'type', headerName: t('console.content.columns.type'), width: 110, valueFormatter: (value: string) => t(`console.content.type.${value}`) },
      { field: 'level', headerName: t('console.content.columns.level'), width: 80 },
      { field: 'skillName', headerName: t('console.content.columns.skill'), width: 190, renderCell: ({ row }) => `${row.competenceCode} · ${row.skillName}` },
      { field: 'instruction', headerName: t('console.content.columns.instruction'), flex: 2, minWidth: 240, valueFormatter: (value: string) => markdownSummary(value, 140) },
      { field: 'status', headerName: t('console.content.columns.status'), width: 110, valueFormatter: (value: string) => t(`console.content.status.${value}`) },
      {
        field: 'traits',
        headerName: t('console.content.columns.traits'),
        width: 170,
        renderCell: ({ row }) =>
          [
            row.timer ? t('console.content.traits.timer', { seconds: row.timer }) : '',
            row.hasFile ? t('console.content.traits.file') : '',
            row.hasIllustration ? t('console.content.traits.illustration') : '',
            row.hasEmbed ? t('console.content.traits.embed') : '',
            row.hasEnglish ? t('console.content.traits.english') : '',
          ]
            .filter(Boolean)
            .join(', '),
      },
    ],
    [t],
  );

  return (
    <Box component="section" aria-labelledby="content-title">
      <Typography variant="h1" id="content-title" gutterBottom>
        {t('console.content.title')}
      </Typography>
      {tree.data && <Typography sx={{ mb: 2 }}>{t('console.content.version', { version: tree.data.contentTree.version })}</Typography>}
      {tree.error && <ErrorAlert error={tree.error} />}
      <ContentFilters tree={tree.data?.contentTree} state={state} onChange={set} />
      {error && <ErrorAlert error={error} />}
      <Typography variant="h2" id="content-grid-title" sx={{ fontSize: '1.25rem', mb: 1 }}>
        {t('console.content.gridLabel')} {challenges ? `(${challenges.totalCount})` : ''}
      </Typography>
      {loading && challenges && <LinearProgress aria-label={t('shared.loading')} sx={{ mb: 1 }} />}
      {challenges ? (
        <DataGrid
          aria-labelledby="content-grid-title"
          rows={challenges.edges.map((edge) => edge.node)}
          columns={columns}
          localeText={localeText}
          {...SERVER_GRID_PROPS}
          rowCount={challenges.totalCount}
          pageSizeOptions={[...PAGE_SIZES]}
          paginationModel={paginationModel}
          onPaginationModelChange={(model) => set({ page: model.pageSize === state.pageSize ? model.page : 0, pageSize: model.pageSize })}
        />
      ) : (
        <PageLoader />
      )}
    </Box>
  );
}
