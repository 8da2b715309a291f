import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { rememberCenter } from '../../centers/current-center';
import { frenchDay, localTime } from '../../components/format';
import { urls } from '../../urls';
import { CenterSessionsQuery } from './sessions.graphql';

const PAGE_SIZES = [10, 20, 50];

/** "Sessions de certification": the centre's sessions, most recent date first, a page at a time. */
export function SessionsRoute() {
  const { centerId = '' } = useParams();
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('console.sessions.documentTitle'));
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(20);
  useEffect(() => rememberCenter(centerId), [centerId]);
  const { data, loading, error } = useQuery(CenterSessionsQuery, {
    variables: { centerId, first: pageSize, offset: page * pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const center = data?.certificationCenter;
  if (loading && !center) return <PageLoader />;
  if (!center) return <ErrorAlert error={error} />;
  const sessions = center.sessions.edges.map((edge) => edge.node);
  return (
    <Box component="section" aria-labelledby="sessions-title">
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 2, mb: 3 }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h1" id="sessions-title">
            {t('console.sessions.title')}
          </Typography>
          <Typography color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
            {center.name}
          </Typography>
        </Box>
        {center.viewerRole && (
          <Button variant="contained" startIcon={<Add />} component={RouterLink} to={urls.sessionCreation(centerId)}>
            {t('console.sessions.create')}
          </Button>
        )}
      </Box>
      {sessions.length === 0 ? (
        <Typography>{t('console.sessions.empty')}</Typography>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <Table aria-labelledby="sessions-title" size="small">
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('console.sessions.columns.number')}</TableCell>
                  <TableCell scope="col">{t('console.sessions.columns.date')}</TableCell>
                  <TableCell scope="col">{t('console.sessions.columns.time')}</TableCell>
                  <TableCell scope="col">{t('console.sessions.columns.room')}</TableCell>
                  <TableCell scope="col">{t('console.sessions.columns.state')}</TableCell>
                  <TableCell scope="col" align="right">
                    {t('console.sessions.columns.candidates')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {sessions.map((session) => (
                  <TableRow key={session.id} hover>
                    <TableCell>
                      <Link component={RouterLink} to={urls.session(centerId, session.id)} aria-label={t('console.sessions.open', { number: session.number })}>
                        {session.number}
                      </Link>
                    </TableCell>
                    <TableCell>{frenchDay(session.date)}</TableCell>
                    <TableCell>{localTime(session.time, i18n.language)}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{session.room}</TableCell>
                    <TableCell>{t(`console.sessions.states.${session.state}`)}</TableCell>
                    <TableCell align="right">{session.candidateCount}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={center.sessions.totalCount}
            page={page}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_event, next) => setPage(next)}
            onRowsPerPageChange={(event) => {
              setPageSize(Number(event.target.value));
              setPage(0);
            }}
            labelRowsPerPage={t('console.sessions.pageSize')}
            labelDisplayedRows={({ from, to, count }) => t('console.sessions.displayed', { from, to, count })}
          />
        </Paper>
      )}
    </Box>
  );
}
