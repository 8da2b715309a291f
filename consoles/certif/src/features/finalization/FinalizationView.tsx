import { useMutation, useQuery } from '@apollo/client/react';
import CheckCircle from '@mui/icons-material/CheckCircle';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useTranslation } from 'react-i18next';
import { FinalizationForm } from './components/FinalizationForm';
import { FinalizationSessionQuery, FinalizeSessionMutation } from './finalization.graphql';

/** "Finaliser la session" (`/sessions/:sessionId/finalisation`, a member of the session's centre): once; then "Finalisée". */
export function FinalizationView({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(FinalizationSessionQuery, { variables: { sessionId }, fetchPolicy: 'network-only' });
  const [finalize, mutation] = useMutation(FinalizeSessionMutation);
  const session = data?.supervisedSession;
  useDocumentTitle(t('certif.finalization.documentTitle', { id: sessionId }));

  let body;
  if (!session) body = loading ? <PageLoader /> : <ErrorAlert error={error} />;
  else if (session.state !== 'CREATED')
    body = (
      <Alert severity="success" role="status" icon={<CheckCircle />}>
        <Typography sx={{ fontWeight: 700 }}>{t('certif.finalization.finalized')}</Typography>
        {mutation.data ? (
          <Typography>
            {t('certif.finalization.outcome', { ended: mutation.data.finalizeSession.endedCoursesCount, neutralized: mutation.data.finalizeSession.neutralizedQuestionsCount })}
          </Typography>
        ) : null}
      </Alert>
    );
  else
    body = (
      <>
        <Typography sx={{ mb: 2 }}>{t('certif.finalization.intro')}</Typography>
        <FinalizationForm
          sessionId={session.id}
          candidates={session.candidates.map((c) => ({ ...c, absent: c.status === 'NOT_JOINED' }))}
          submitting={mutation.loading}
          serverError={mutation.error ?? null}
          onSubmit={(input) => {
            void finalize({ variables: { input } })
              .then(() => refetch())
              .catch(() => undefined);
          }}
        />
      </>
    );

  return (
    <Box component="section" aria-labelledby="finalization-title" sx={{ maxWidth: 960, mx: 'auto' }}>
      <Typography variant="h1" id="finalization-title" gutterBottom sx={{ fontSize: { xs: '1.75rem', sm: '2rem' } }}>
        {t('certif.finalization.title', { id: sessionId })}
      </Typography>
      {body}
    </Box>
  );
}
