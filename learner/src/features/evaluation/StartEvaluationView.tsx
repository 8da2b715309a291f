import { useMutation, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, hasErrorCode, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate } from 'react-router';
import { urls } from '../../urls';
import { CompetenceDetailsQuery } from '../competence/competence.graphql';
import { CompetenceNotFound } from '../competence/components/CompetenceNotFound';
import { StartCompetenceEvaluationMutation } from './evaluation.graphql';

/**
 * "Commencer": reads where the learner stands on the competence, then opens the test in progress,
 * or starts one (startCompetenceEvaluation returns the one in progress if any). A completed
 * competence goes back to its page, where "Retenter" and "Remettre à zéro" live.
 */
export function StartEvaluationView({ competenceId }: { competenceId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CompetenceDetailsQuery, { variables: { id: competenceId }, fetchPolicy: 'network-only' });
  const [start, started] = useMutation(StartCompetenceEvaluationMutation);
  const requested = useRef(false);
  useDocumentTitle(data?.competence?.name ?? null);

  const competence = data?.competence;
  const entry = data?.me.profile.competences.find((item) => item.competence.id === competence?.id);
  const status = entry?.status ?? 'NOT_STARTED';
  const resumeId = status === 'STARTED' ? entry?.assessmentId : null;
  const mustStart = Boolean(competence) && status !== 'COMPLETED' && !resumeId;

  useEffect(() => {
    if (!mustStart || !competence || requested.current) return;
    requested.current = true;
    start({ variables: { competenceId: competence.id } }).catch(() => undefined);
  }, [mustStart, competence, start]);

  if (loading && !data) return <PageLoader />;
  if ((data && !competence) || hasErrorCode(error, 'NOT_FOUND')) return <CompetenceNotFound />;
  if (!competence) return <ErrorAlert error={error} />;
  if (status === 'COMPLETED') return <Navigate to={urls.competence(competence.id)} replace />;
  if (resumeId) return <Navigate to={urls.assessment(resumeId)} replace />;
  const assessment = started.data?.startCompetenceEvaluation;
  if (assessment) return <Navigate to={urls.assessment(assessment.id)} replace />;
  if (started.error) {
    return (
      <section aria-labelledby="start-failed">
        <Typography variant="h1" id="start-failed" gutterBottom>
          {competence.name}
        </Typography>
        <ErrorAlert error={started.error} sx={{ mb: 3 }} />
        <Button component={RouterLink} to={urls.competence(competence.id)} variant="contained">
          {t('learner.assessment.backToCompetence')}
        </Button>
      </section>
    );
  }
  return <PageLoader />;
}
