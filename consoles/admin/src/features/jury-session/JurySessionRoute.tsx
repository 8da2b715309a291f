import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ConfirmDialog, ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { dateTime, frenchDay, personName } from '../../components/format';
import { urls } from '../../urls';
import { useJuryViewer } from '../jury/jury-roles';
import { AssignSessionToMeMutation } from '../sessions-to-process/sessions-to-process.graphql';
import { JurySessionQuery, PublishSessionMutation, UnpublishSessionMutation } from './jury-session.graphql';
import { SessionCandidatesTable } from './SessionCandidatesTable';
import { SessionEvents } from './SessionEvents';

type Pending = 'publish' | 'unpublish' | null;

/**
 * A session for the jury: its centre, date, invigilator, the centre's comment at finalisation, its
 * candidates (status, pix, a link to each certification), its incidents and reported problems; "Je
 * m'assigne la session", "Publier la session" / "Dépublier" (confirmed) for the certification team.
 */
export function JurySessionRoute() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const headingId = useId();
  const { canAct, userId } = useJuryViewer();
  const { data, loading, error } = useQuery(JurySessionQuery, { variables: { id: sessionId }, fetchPolicy: 'cache-and-network' });
  const session = data?.certificationSession;
  useDocumentTitle(t('console.jury.session.documentTitle', { number: session?.number ?? sessionId }));
  const [assign, assigned] = useMutation(AssignSessionToMeMutation);
  const refetchQueries = [{ query: JurySessionQuery, variables: { id: sessionId } }];
  const [publish, published] = useMutation(PublishSessionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [unpublish, unpublished] = useMutation(UnpublishSessionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);

  if (loading && !session) return <PageLoader />;
  if (!session) return <ErrorAlert error={error} />;

  const confirm = async () => {
    const run = pending === 'publish' ? publish : unpublish;
    const ok = await run({ variables: { sessionId } }).then(
      () => true,
      () => false,
    );
    if (ok) setDone(t(pending === 'publish' ? 'console.jury.session.publishedNow' : 'console.jury.session.unpublishedNow'));
    setPending(null);
  };
  const isPublished = Boolean(session.publishedAt);
  const assignedToMe = session.assignedTo?.id === userId;
  const details: [string, string][] = [
    [t('console.jury.session.center'), `${session.certificationCenter.name} (${t(`console.jury.centerTypes.${session.certificationCenter.type}`)})`],
    [t('console.jury.session.date'), `${frenchDay(session.date)} ${session.time}`],
    [t('console.jury.session.place'), [session.address, session.room].filter(Boolean).join(', ')],
    [t('console.jury.session.examiner'), session.examiner],
    [t('console.jury.session.finalizedAt'), dateTime(session.finalizedAt, i18n.language)],
    [t('console.jury.session.assignedTo'), personName(session.assignedTo) ?? t('console.jury.nobody')],
    [t('console.jury.session.publishedAt'), isPublished ? dateTime(session.publishedAt, i18n.language) : t('console.jury.session.notPublished')],
  ];

  return (
    <Box component="section" aria-labelledby={headingId}>
      <Link component={RouterLink} to={urls.sessionsToProcess()} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.jury.session.back')}
      </Link>
      <Typography variant="h1" id={headingId} gutterBottom>
        {t('console.jury.session.title', { number: session.number })}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'max-content 1fr' }, columnGap: 3, rowGap: 0.5, mb: 2, '& dt': { fontWeight: 700 }, '& dd': { m: 0 } }}>
        {details.map(([term, value]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Box>
        ))}
      </Box>
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mt: 3, mb: 1 }}>
        {t('console.jury.session.finalizationComment')}
      </Typography>
      <Typography sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>{session.finalizationComment || t('console.jury.session.noComment')}</Typography>
      <div aria-live="polite">{done && <Alert severity="success" sx={{ mb: 2 }}>{done}</Alert>}</div>
      <ErrorAlert error={assigned.error ?? published.error ?? unpublished.error} sx={{ mb: 2 }} />
      {canAct && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 3 }}>
          {!assignedToMe && !isPublished && (
            <Button variant="outlined" disabled={assigned.loading} onClick={() => void assign({ variables: { sessionId } }).catch(() => undefined)}>
              {t('console.jury.assign')}
            </Button>
          )}
          {isPublished ? (
            <Button variant="outlined" color="secondary" onClick={() => setPending('unpublish')}>
              {t('console.jury.session.unpublish')}
            </Button>
          ) : (
            <Button variant="contained" onClick={() => setPending('publish')}>
              {t('console.jury.session.publish')}
            </Button>
          )}
        </Box>
      )}
      <Typography variant="h2" sx={{ fontSize: '1.25rem', mt: 3, mb: 1 }}>
        {t('console.jury.session.candidates', { count: session.juryCertifications.length })}
      </Typography>
      <SessionCandidatesTable certifications={session.juryCertifications} />
      <SessionEvents incidents={session.juryIncidents} reports={session.juryProblemReports} />
      <ConfirmDialog
        open={pending !== null}
        title={t(pending === 'unpublish' ? 'console.jury.session.unpublishTitle' : 'console.jury.session.publishTitle', { number: session.number })}
        text={t(pending === 'unpublish' ? 'console.jury.session.unpublishText' : 'console.jury.session.publishText')}
        confirmLabel={t(pending === 'unpublish' ? 'console.jury.session.unpublish' : 'console.jury.session.publish')}
        busy={published.loading || unpublished.loading}
        onCancel={() => setPending(null)}
        onConfirm={() => void confirm()}
      />
    </Box>
  );
}
