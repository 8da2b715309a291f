import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ErrorAlert, useDocumentTitle } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationCenterTypeFilter } from '../../__generated__/graphql';
import { useJuryViewer } from '../jury/jury-roles';
import { AssignSessionToMeMutation, SessionsToProcessQuery } from './sessions-to-process.graphql';
import { PAGE_SIZES, SessionsGrid } from './SessionsGrid';

const CENTER_TYPES: CertificationCenterTypeFilter[] = ['SCO', 'SUP', 'PRO'];

/**
 * "Sessions à traiter" (CERTIF, SUPER_ADMIN; SUPPORT reads): the finalised sessions not yet published,
 * the oldest first, filtered by centre type, incidents and reports, or those assigned to the viewer; the
 * server pages them. "Je m'assigne la session" for the certification team.
 */
export function SessionsToProcessRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('console.jury.sessions.title'));
  const headingId = useId();
  const { canAct, userId } = useJuryViewer();
  const [centerType, setCenterType] = useState<CertificationCenterTypeFilter | ''>('');
  const [withIncidentsOrReports, setWithIncidentsOrReports] = useState(false);
  const [assignedToMe, setAssignedToMe] = useState(false);
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState<number>(PAGE_SIZES[0]);
  const filter = { centerType: centerType || null, withIncidentsOrReports, assignedToMe };
  const variables = { first: pageSize, offset: page * pageSize, filter };
  const { data, previousData, loading, error } = useQuery(SessionsToProcessQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [assign, assigned] = useMutation(AssignSessionToMeMutation);
  const shown = (data ?? previousData)?.sessionsToProcess;
  const refilter = (change: () => void) => {
    change();
    setPage(0);
  };

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h1" id={headingId} gutterBottom>
        {t('console.jury.sessions.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('console.jury.sessions.intro')}</Typography>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2, display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center' }}>
        <Typography component="legend" sx={{ fontWeight: 700, mb: 1 }}>
          {t('console.jury.sessions.filters')}
        </Typography>
        <TextField
          select
          size="small"
          label={t('console.jury.sessions.centerType')}
          value={centerType}
          onChange={(event) => refilter(() => setCenterType(event.target.value as CertificationCenterTypeFilter | ''))}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 200 }}
        >
          <option value="">{t('console.jury.sessions.allCenterTypes')}</option>
          {CENTER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`console.jury.centerTypes.${type}`)}
            </option>
          ))}
        </TextField>
        <FormControlLabel
          control={<Checkbox checked={withIncidentsOrReports} onChange={(event) => refilter(() => setWithIncidentsOrReports(event.target.checked))} />}
          label={t('console.jury.sessions.withIncidentsOrReports')}
        />
        {canAct && (
          <FormControlLabel
            control={<Checkbox checked={assignedToMe} onChange={(event) => refilter(() => setAssignedToMe(event.target.checked))} />}
            label={t('console.jury.sessions.assignedToMe')}
          />
        )}
      </Box>
      <ErrorAlert error={error ?? assigned.error} sx={{ mb: 2 }} />
      <Typography role="status" sx={{ mb: 1 }}>
        {shown ? t('console.jury.sessions.count', { count: shown.totalCount }) : ''}
      </Typography>
      <SessionsGrid
        labelledBy={headingId}
        rows={shown?.edges.map((edge) => edge.node) ?? []}
        totalCount={shown?.totalCount ?? 0}
        loading={loading}
        page={page}
        pageSize={pageSize}
        onPageChange={(nextPage, nextSize) => {
          setPage(nextSize === pageSize ? nextPage : 0);
          setPageSize(nextSize);
        }}
        onAssign={canAct ? (sessionId) => void assign({ variables: { sessionId } }).catch(() => undefined) : null}
        viewerId={userId}
        busy={assigned.loading}
      />
    </Box>
  );
}
