import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { currentLanguage, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { AdminTargetProfilesFilter, TargetProfileCategory } from '../../__generated__/graphql';
import { GridLink } from '../../components/GridLink';
import { frenchDate as formatDate } from '../../components/format';
import { ServerGridResults } from '../../components/ServerGridResults';
import { useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { AdminTargetProfilesQuery } from './target-profiles.graphql';
import { TARGET_PROFILE_CATEGORIES, useCanEditTargetProfiles } from './target-profile-roles';

interface Row {
  id: string;
  name: string;
  categoryLabel: string;
  isPublic: boolean;
  organizationCount: number;
  campaignCount: number;
  createdAt: string;
}

/** "Profils cibles": the content team searches by name or id and category; the server cuts the pages (a data grid). */
export function TargetProfilesRoute() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('console.targetProfiles.title'));
  const canEdit = useCanEditTargetProfiles();
  const [form, setForm] = useState({ search: '', category: '' });
  const [filter, setFilter] = useState<AdminTargetProfilesFilter>({});
  const [page, setPage] = useState({ page: 0, pageSize: 20 });
  const list = useQuery(AdminTargetProfilesQuery, { variables: { first: page.pageSize, offset: page.page * page.pageSize, filter }, fetchPolicy: 'cache-and-network' });
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.targetProfiles.noRows'));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ search: form.search.trim() || null, category: (form.category || null) as TargetProfileCategory | null });
    setPage((current) => ({ ...current, page: 0 }));
  };

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      { field: 'id', headerName: t('console.targetProfiles.columns.id'), width: 80 },
      {
        field: 'name',
        headerName: t('console.targetProfiles.columns.name'),
        flex: 2,
        minWidth: 220,
        renderCell: ({ row, hasFocus, tabIndex }) => <GridLink label={row.name} to={urls.targetProfile(row.id)} hasFocus={hasFocus} tabIndex={tabIndex} />,
      },
      { field: 'categoryLabel', headerName: t('console.targetProfiles.columns.category'), flex: 1, minWidth: 150 },
      { field: 'isPublic', headerName: t('console.targetProfiles.columns.visibility'), width: 110, valueGetter: (value: boolean) => t(value ? 'console.targetProfiles.public' : 'console.targetProfiles.private') },
      { field: 'organizationCount', headerName: t('console.targetProfiles.columns.organizations'), width: 130 },
      { field: 'campaignCount', headerName: t('console.targetProfiles.columns.campaigns'), width: 120 },
      { field: 'createdAt', headerName: t('console.targetProfiles.columns.createdAt'), width: 120, valueGetter: (value: string) => formatDate(value) },
    ],
    [t],
  );

  const connection = list.data?.adminTargetProfiles;
  return (
    <Box component="section" aria-labelledby="target-profiles-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="h1" id="target-profiles-title">
          {t('console.targetProfiles.title')}
        </Typography>
        {canEdit && (
          <Button component={RouterLink} to={urls.newTargetProfile()} variant="contained">
            {t('console.targetProfiles.create')}
          </Button>
        )}
      </Box>
      <Box component="form" role="search" aria-label={t('console.targetProfiles.searchLabel')} onSubmit={search} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField label={t('console.targetProfiles.filters.search')} value={form.search} onChange={(event) => setForm((current) => ({ ...current, search: event.target.value }))} />
        <TextField
          select
          label={t('console.targetProfiles.filters.category')}
          value={form.category}
          onChange={(event) => setForm((current) => ({ ...current, category: event.target.value }))}
          slotProps={{ select: { native: true } }}
          sx={{ width: 220 }}
        >
          <option value="">{t('console.targetProfiles.filters.allCategories')}</option>
          {TARGET_PROFILE_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`console.targetProfiles.categories.${category}`)}
            </option>
          ))}
        </TextField>
        <Button type="submit" variant="outlined">
          {t('console.targetProfiles.search')}
        </Button>
      </Box>
      <ServerGridResults
        titleId="target-profiles-title"
        error={list.error}
        loading={list.loading}
        countLabel={connection ? t('console.targetProfiles.count', { count: connection.totalCount }) : ''}
        rows={(connection?.edges ?? []).map((edge) => edge.node)}
        totalCount={connection?.totalCount ?? 0}
        columns={columns}
        localeText={localeText}
        page={page}
        onPageChange={setPage}
      />
    </Box>
  );
}
