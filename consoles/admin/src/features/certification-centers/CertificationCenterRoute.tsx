import { useMutation, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { currentLanguage, ErrorAlert, PageLoader, useAction, useDocumentTitle, type TeamMember, type TeamRole } from '@pix-libre/ui-shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ArchiveSection } from '../../components/ArchiveSection';
import { TeamSection } from '../../components/TeamSection';
import { frenchDate } from '../../components/format';
import { SERVER_GRID_PROPS, useGridLocaleText } from '../../components/server-data-grid';
import { urls } from '../../urls';
import { CertificationCenterForm, centerInput } from './CertificationCenterForm';
import {
  AddCertificationCenterMemberMutation,
  ArchiveCertificationCenterMutation,
  CertificationCenterQuery,
  ChangeCertificationCenterMemberRoleMutation,
  RemoveCertificationCenterMemberMutation,
  UpdateCertificationCenterMutation,
} from './certification-centers.graphql';

interface SessionRow {
  id: string;
  number: number;
  date: string;
  time: string;
  address: string;
  room: string;
  examiner: string;
  state: string;
  candidateCount: number;
}

/** A certification centre for the platform team: details (edited, audited), archival, members, its sessions (read only, server-side pages). */
export function CertificationCenterRoute() {
  const { t, i18n } = useTranslation();
  const { centerId = '' } = useParams();
  const [page, setPage] = useState({ page: 0, pageSize: 20 });
  const variables = { id: centerId, sessionsFirst: page.pageSize, sessionsOffset: page.page * page.pageSize };
  const refetchQueries = [{ query: CertificationCenterQuery, variables }];
  const query = useQuery(CertificationCenterQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [update, updated] = useMutation(UpdateCertificationCenterMutation);
  const [archive, archived] = useMutation(ArchiveCertificationCenterMutation, { refetchQueries });
  const [addMember, added] = useMutation(AddCertificationCenterMemberMutation, { refetchQueries, awaitRefetchQueries: true });
  const [changeRole, changed] = useMutation(ChangeCertificationCenterMemberRoleMutation, { refetchQueries, awaitRefetchQueries: true });
  const [removeMember, removed] = useMutation(RemoveCertificationCenterMemberMutation, { refetchQueries, awaitRefetchQueries: true });
  const [saved, setSaved] = useState(false);
  // The team's writing buttons share one pending/error state: the member list shows the refusal.
  const { error: teamError, run } = useAction();
  const localeText = useGridLocaleText(currentLanguage(i18n), t('console.center.noSessions'));
  const center = query.data?.certificationCenter;
  useDocumentTitle(center ? center.name : t('console.certificationCenters.title'));
  const columns = useMemo<GridColDef<SessionRow>[]>(
    () => [
      { field: 'number', headerName: t('console.center.sessions.number'), width: 110 },
      { field: 'date', headerName: t('console.center.sessions.date'), width: 130, valueFormatter: (value: string) => frenchDate(`${value}T12:00:00`) },
      { field: 'time', headerName: t('console.center.sessions.time'), width: 90 },
      { field: 'address', headerName: t('console.center.sessions.address'), flex: 1, minWidth: 140 },
      { field: 'room', headerName: t('console.center.sessions.room'), width: 120 },
      { field: 'examiner', headerName: t('console.center.sessions.examiner'), flex: 1, minWidth: 140 },
      { field: 'state', headerName: t('console.center.sessions.state'), width: 170, valueGetter: (_value, row) => t(`console.center.sessionStates.${row.state}`) },
      { field: 'candidateCount', headerName: t('console.center.sessions.candidates'), type: 'number', width: 110 },
    ],
    [t],
  );

  if (query.loading && !center) return <PageLoader />;
  if (!center) return <ErrorAlert error={query.error} />;
  const readOnly = Boolean(center.archivedAt);
  const members: TeamMember[] = center.members.map((m) => ({ id: m.id, role: m.role as TeamRole, user: m.user }));

  return (
    <Box component="article" aria-labelledby="center-title">
      <Link component={RouterLink} to={urls.certificationCenters()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.certificationCenters.back')}
      </Link>
      <Typography variant="h1" id="center-title" gutterBottom>
        {center.name}
      </Typography>
      <Chip label={t(`console.organizationTypes.${center.type}`)} sx={{ mb: 2 }} />
      {center.school && (
        <Typography sx={{ mb: 2 }}>
          {t('console.center.school')}{' '}
          <Link component={RouterLink} to={urls.organization(center.school.id)}>
            {center.school.name}
          </Link>
        </Typography>
      )}
      <ArchiveSection
        kind="center"
        name={center.name}
        archivedAt={center.archivedAt ?? null}
        busy={archived.loading}
        error={archived.error}
        onArchive={() => void archive({ variables: { id: center.id } }).catch(() => undefined)}
      />
      <Box component="section" aria-labelledby="center-details" sx={{ mb: 4 }}>
        <Typography variant="h2" id="center-details" sx={{ fontSize: '1.5rem', mb: 2 }}>
          {t('console.organization.details')}
        </Typography>
        <Box role="status" sx={{ mb: 1 }}>
          {saved ? t('console.organization.saved') : ''}
        </Box>
        {readOnly ? (
          <Typography>{t('console.center.readOnly')}</Typography>
        ) : (
          <CertificationCenterForm
            key={center.id}
            labelledBy="center-details"
            initial={{ name: center.name, type: center.type, uai: center.uai ?? '', externalId: center.externalId ?? '', comment: '' }}
            submitLabel={t('console.organizationForm.save')}
            busy={updated.loading}
            error={updated.error}
            onSubmit={(values) => {
              setSaved(false);
              void update({ variables: { input: { id: center.id, ...centerInput(values) } } })
                .then(() => setSaved(true))
                .catch(() => undefined);
            }}
          />
        )}
      </Box>
      <TeamSection
        members={members}
        readOnly={readOnly}
        busy={added.loading || changed.loading || removed.loading}
        error={teamError}
        onAdd={(email, role) => run(() => addMember({ variables: { input: { certificationCenterId: center.id, email, role } } }))}
        onChangeRole={(member, role) => run(() => changeRole({ variables: { input: { membershipId: member.id, role } } }))}
        onRemove={(member) => run(() => removeMember({ variables: { input: { membershipId: member.id } } }))}
      />
      <Box component="section" aria-labelledby="center-sessions">
        <Typography variant="h2" id="center-sessions" sx={{ fontSize: '1.5rem', mb: 1 }}>
          {t('console.center.sessions.title', { count: center.sessions.totalCount })}
        </Typography>
        <DataGrid
          aria-labelledby="center-sessions"
          rows={center.sessions.edges.map((edge) => edge.node)}
          columns={columns}
          localeText={localeText}
          loading={query.loading}
          {...SERVER_GRID_PROPS}
          rowCount={center.sessions.totalCount}
          paginationModel={page}
          onPaginationModelChange={setPage}
        />
      </Box>
    </Box>
  );
}
