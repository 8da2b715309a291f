import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { currentLanguage, useAuth, useDocumentTitle } from '@pix-libre/ui-shared';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CertificationCenterType, CertificationCentersFilter } from '../../__generated__/graphql';
import { GridLink } from '../../components/GridLink';
import { ServerGridResults } from '../../components/ServerGridResults';
import { useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { CENTER_TYPES } from './CertificationCenterForm';
import { CertificationCentersQuery } from './certification-centers.graphql';

interface Row {
  id: string;
  name: string;
  type: CertificationCenterType;
  uai?: string | null;
  externalId?: string | null;
}

/** "Centres de certification": searched by name (French rules), UAI, external id, type, archived or not; server-side pages. */
export function CertificationCentersRoute() {
  const { t, i18n } = useTranslation();
  // Only the roles the API lets create see the button (the API refuses the others anyway).
  const canCreate = (['SUPER_ADMIN', 'SUPPORT', 'CERTIF'] as (string | null | undefined)[]).includes(useAuth().user?.platformRole);
  useDocumentTitle(t('console.certificationCenters.title'));
  const [form, setForm] = useState({ name: '', uai: '', externalId: '', type: '', archived: false });
  const [filter, setFilter] = useState<CertificationCentersFilter>({});
  const [page, setPage] = useState({ page: 0, pageSize: 20 });
  const list = useQuery(CertificationCentersQuery, { variables: { first: page.pageSize, offset: page.page * page.pageSize, filter }, fetchPolicy: 'cache-and-network' });
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.certificationCenters.noRows'));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilter({
      name: form.name.trim() || null,
      uai: form.uai.trim() || null,
      externalId: form.externalId.trim() || null,
      type: (form.type || null) as CertificationCenterType | null,
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
        renderCell: ({ row, hasFocus, tabIndex }) => <GridLink label={row.name} to={urls.certificationCenter(row.id)} hasFocus={hasFocus} tabIndex={tabIndex} />,
      },
      { field: 'type', headerName: t('console.organizations.columns.type'), width: 100 },
      { field: 'uai', headerName: t('console.organizations.columns.uai'), width: 120 },
      { field: 'externalId', headerName: t('console.organizations.columns.externalId'), flex: 1, minWidth: 140 },
    ],
    [t],
  );
  const set = (key: 'name' | 'uai' | 'externalId' | 'type') => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));
  const connection = list.data?.certificationCenters;
  return (
    <Box component="section" aria-labelledby="centers-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="h1" id="centers-title">
          {t('console.certificationCenters.title')}
        </Typography>
        {canCreate && (
          <Button component={RouterLink} to={urls.newCertificationCenter()} variant="contained">
            {t('console.certificationCenters.create')}
          </Button>
        )}
      </Box>
      <Box component="form" role="search" aria-label={t('console.certificationCenters.searchLabel')} onSubmit={search} sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', mb: 2 }}>
        <TextField label={t('console.organizations.filters.name')} value={form.name} onChange={set('name')} />
        <TextField label={t('console.organizations.filters.uai')} value={form.uai} onChange={set('uai')} sx={{ width: 140 }} />
        <TextField label={t('console.organizations.filters.externalId')} value={form.externalId} onChange={set('externalId')} sx={{ width: 180 }} />
        <TextField select label={t('console.organizations.filters.type')} value={form.type} onChange={set('type')} slotProps={{ select: { native: true } }} sx={{ width: 170 }}>
          <option value="">{t('console.organizations.filters.allTypes')}</option>
          {CENTER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`console.organizationTypes.${type}`)}
            </option>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={form.archived} onChange={(event) => setForm((current) => ({ ...current, archived: event.target.checked }))} />}
          label={t('console.certificationCenters.archivedFilter')}
        />
        <Button type="submit" variant="outlined">
          {t('console.organizations.search')}
        </Button>
      </Box>
      <ServerGridResults
        titleId="centers-title"
        error={list.error}
        loading={list.loading}
        countLabel={connection ? t('console.certificationCenters.count', { count: connection.totalCount }) : ''}
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
