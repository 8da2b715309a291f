import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, getApiErrors, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { CandidateLiveList } from './components/CandidateLiveList';
import { forgetInvigilatorAccess, readInvigilatorAccess } from './domain/invigilator-token';
import { newlyWaitingFor, type LiveCandidate } from './domain/live-status';
import { AuthorizeCandidateMutation, EndCandidateTestMutation, ResolveChallengeProblemMutation } from './invigilation.graphql';
import { useLiveSession } from './useLiveSession';

const ACCESS_LOST = new Set(['INVIGILATOR_ACCESS_REFUSED', 'UNAUTHENTICATED', 'CERTIFICATION_SESSION_FINALIZED']);

function SessionLiveList({ sessionId, token, live }: { sessionId: string; token: string; live?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { data, error, refetch, connected } = useLiveSession(sessionId, token, { live });
  const context = { bearerToken: token };
  const [authorize] = useMutation(AuthorizeCandidateMutation, { context });
  const [endTest] = useMutation(EndCandidateTestMutation, { context });
  const [resolve] = useMutation(ResolveChallengeProblemMutation, { context });
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef<readonly LiveCandidate[] | null>(null);
  const session = data?.supervisedSession;
  useDocumentTitle(t('certif.invigilation.session.documentTitle', { id: sessionId }));

  // Someone now waits for the invigilator: said once, politely.
  useEffect(() => {
    if (!session) return;
    const waiting = newlyWaitingFor(previous.current, session.candidates);
    previous.current = session.candidates;
    if (waiting.length)
      setAnnouncement(waiting.map(({ candidate, status }) => t(`certif.invigilation.announce.${status}`, { name: `${candidate.firstName} ${candidate.lastName}` })).join(' '));
  }, [session, t]);

  const codes = getApiErrors(error).map((e) => e.code);
  if (codes.some((code) => code && ACCESS_LOST.has(code))) {
    return (
      <Box>
        <Alert severity="warning" role="alert" sx={{ mb: 2 }}>
          {codes.includes('CERTIFICATION_SESSION_FINALIZED') ? t('certif.invigilation.session.finalized') : t('certif.invigilation.session.accessLost')}
        </Alert>
        <Button
          variant="contained"
          onClick={() => {
            forgetInvigilatorAccess(sessionId);
            navigate(urls.invigilation());
          }}
        >
          {t('certif.invigilation.session.again')}
        </Button>
      </Box>
    );
  }
  if (!session) return error ? <ErrorAlert error={error} /> : <PageLoader />;

  const act = (candidate: LiveCandidate, action: () => Promise<unknown>) => {
    setBusy(candidate.id);
    setActionError(null);
    void action()
      .then(() => refetch())
      .catch((caught: unknown) => setActionError(caught))
      .finally(() => setBusy(null));
  };

  return (
    <>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('certif.invigilation.session.meta', { date: session.date.split('-').reverse().join('/'), time: session.time, count: session.candidates.length })}{' '}
        {connected ? t('certif.invigilation.session.live') : t('certif.invigilation.session.polling')}
      </Typography>
      <Box aria-live="polite" role="status" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
        {announcement}
      </Box>
      <ErrorAlert error={actionError} sx={{ mb: 2 }} />
      <CandidateLiveList
        candidates={session.candidates}
        busyCandidateId={busy}
        onAuthorize={(candidate) => act(candidate, () => authorize({ variables: { candidateId: candidate.id } }))}
        onEndTest={(candidate) => act(candidate, () => endTest({ variables: { candidateId: candidate.id } }))}
        onResolveProblem={(candidate, reportId, accepted) => act(candidate, () => resolve({ variables: { input: { reportId, accepted } } }))}
      />
    </>
  );
}

/** The invigilator's live list of a session (`/surveillance/sessions/:sessionId`): the token of this session only, else back to the entry page. */
export function InvigilatorSessionView({ sessionId, live }: { sessionId: string; live?: boolean }) {
  const { t } = useTranslation();
  const access = readInvigilatorAccess(sessionId);
  if (!access) return <Navigate to={urls.invigilation()} replace />;
  return (
    <Box component="section" aria-labelledby="invigilator-session-title" sx={{ maxWidth: 960, mx: 'auto' }}>
      <Typography variant="h1" id="invigilator-session-title" gutterBottom sx={{ fontSize: { xs: '1.75rem', sm: '2rem' } }}>
        {t('certif.invigilation.session.title', { id: sessionId })}
      </Typography>
      <SessionLiveList sessionId={sessionId} token={access.token} live={live} />
    </Box>
  );
}
