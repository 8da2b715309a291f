import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { currentLanguage, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { OrganizationType, OrganizationsFilter } from '../../__generated__/graphql';
import { GridLink } from '../../components/GridLink';
import { ServerGridResults } from '../../components/ServerGridResults';
import { useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { OrganizationsQuery, TagsQuery } from './organizations.graphql';

export const ORGANIZATION_TYPES: OrganizationType[] = ['SCO', 'SUP', 'PRO'];

interface Row {
  id: string;
  name: string;
  type: OrganizationType;
  uai?: string | null;
  externalId?: string | null;
  tags: { id: string; name: string }[];
}

/**
 * "Organisations": the platform team searches by name (case, accents and œ ignored by the server),
 * UAI, external id, type, tag, archived or not; the server cuts the pages (a data grid).
 */
export function OrganizationsRoute() {
  const { t, i18n } = useTranslation();
  // Only the roles the API lets create see the button (the API refuses the others anyway).
  const canCreate = (['SUPER_ADMIN', 'SUPPORT'] as (string | null | undefined)[]).includes(useAuth().user?.platformRole);
  useDocumentTitle(t('console.organizations.title'));
  const [form, setForm] = useState({ name: '', uai: '', externalId: '', type: '', tagId: '', archived: false });
  const [filter, setFilter] = useState<OrganizationsFilter>({});
  const [page, setPage] = useState({ page: 0, pageSize: 20 });
  const tags = useQuery(TagsQuery);
  const list = useQuery(OrganizationsQuery, { variables: { first: page.pageSize, offset: page.page * page.pageSize, filter }, fetchPolicy: 'cache-and-network' });
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.organizations.noRows'));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      name: form.name.trim() || null,
      uai: form.uai.trim() || null,
      externalId: form.externalId.trim() || null,
      type: (form.type || null) as OrganizationType | null,
      tagIds: form.tagId ? [form.tagId] : null,
      archived: form.archived,
    });
    setPage((current) => ({ ...current, page: 0 }));
  };

  const columns = useMemo<GridColDef<Row>[]>(
    () => [
      {
        field: 'name',
        headerName: t('console.organizations.columns.name'),
        flex: 2,
        minWidth: 220,
        renderCell: ({ row, hasFocus, tabIndex }) => <GridLink label={row.name} to={urls.organization(row.id)} hasFocus={hasFocus} tabIndex={tabIndex} />,
      },
      { field: 'type', headerName: t('console.organizations.columns.type'), width: 100 },
      { field: 'uai', headerName: t('console.organizations.columns.uai'), width: 120 },
      { field: 'externalId', headerName: t('console.organizations.columns.externalId'), flex: 1, minWidth: 140 },
      {
        field: 'tags',
        headerName: t('console.organizations.columns.tags'),
        flex: 1.5,
        minWidth: 160,
        renderCell: ({ row }) => (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 0.5 }}>
            {row.tags.map((tag) => (
              <Chip key={tag.id} size="small" label={tag.name} />
            ))}
          </Box>
        ),
      },
    ],
    [t],
  );

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const connection = list.data?.organizations;
  return (
    <Box component="section" aria-labelledby="organizations-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="h1" id="organizations-title">
          {t('console.organizations.title')}
        </Typography>
        {canCreate && (
          <Button component={RouterLink} to={urls.newOrganization()} variant="contained">
            {t('console.organizations.create')}
          </Button>
        )}
      </Box>
      <Box component="form" role="search" aria-label={t('console.organizations.searchLabel')} onSubmit={search} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField label={t('console.organizations.filters.name')} value={form.name} onChange={set('name')} />
        <TextField label={t('console.organizations.filters.uai')} value={form.uai} onChange={set('uai')} sx={{ width: 140 }} />
        <TextField label={t('console.organizations.filters.externalId')} value={form.externalId} onChange={set('externalId')} sx={{ width: 180 }} />
        <TextField select label={t('console.organizations.filters.type')} value={form.type} onChange={set('type')} slotProps={{ select: { native: true } }} sx={{ width: 170 }}>
          <option value="">{t('console.organizations.filters.allTypes')}</option>
          {ORGANIZATION_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`console.organizationTypes.${type}`)}
            </option>
          ))}
        </TextField>
        <TextField select label={t('console.organizations.filters.tag')} value={form.tagId} onChange={set('tagId')} slotProps={{ select: { native: true } }} sx={{ width: 180 }}>
          <option value="">{t('console.organizations.filters.allTags')}</option>
          {(tags.data?.tags ?? []).map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={form.archived} onChange={(event) => setForm((current) => ({ ...current, archived: event.target.checked }))} />}
          label={t('console.organizations.filters.archived')}
        />
        <Button type="submit" variant="outlined">
          {t('console.organizations.search')}
        </Button>
      </Box>
      <ServerGridResults
        titleId="organizations-title"
        error={list.error}
        loading={list.loading}
        countLabel={connection ? t('console.organizations.count', { count: connection.totalCount }) : ''}
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
