import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, useDocumentTitle } from '@pix-libre/ui-shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { frenchDay } from '../../components/format';
import { urls } from '../../urls';
import { useJuryViewer } from '../jury/jury-roles';
import { CandidateInformationDialog, type CandidateInformation } from './CandidateInformationDialog';
import {
  CancelCertificationMutation,
  DeneutralizeChallengeMutation,
  JuryCertificationQuery,
  NeutralizeChallengeMutation,
  RejectCertificationForFraudMutation,
  UncancelCertificationMutation,
  UnrejectCertificationMutation,
  UpdateCandidateInformationMutation,
  UpdateJuryCommentsMutation,
} from './jury-certification.graphql';
import { JuryCommentsForm, type JuryComments } from './JuryCommentsForm';
import { JuryDecisionActions, type JuryDecisionAction } from './JuryDecisionActions';
import { JuryHistory } from './JuryHistory';
import type { JuryQuestion } from './jury-course';
import { QuestionCard } from './QuestionCard';
import { ScoringSummary } from './ScoringSummary';

const h2Sx = { fontSize: '1.25rem', mt: 4, mb: 1.5 } as const;

/**
 * A candidate's certification for the jury: the candidate, the latest scoring, each question in order
 * (competence, skill, the challenge with the candidate's answer, the result, neutralised or not), the
 * reports and incidents, the jury's comments, its history. The certification team neutralises (re-scored
 * at once), cancels, rejects for fraud, comments and corrects the candidate's information; the support reads.
 */
export function JuryCertificationRoute() {
  const { t } = useTranslation();
  const { certificationId = '' } = useParams();
  const headingId = useId();
  const { canAct } = useJuryViewer();
  const { data, loading, error } = useQuery(JuryCertificationQuery, { variables: { id: certificationId }, fetchPolicy: 'cache-and-network' });
  const course = data?.certificationCourseForJury;
  useDocumentTitle(course ? t('console.jury.certification.documentTitle', { name: `${course.candidate.firstName} ${course.candidate.lastName}` }) : t('console.jury.certification.loading'));
  const [neutralize, neutralized] = useMutation(NeutralizeChallengeMutation);
  const [deneutralize, deneutralized] = useMutation(DeneutralizeChallengeMutation);
  const [cancel, cancelled] = useMutation(CancelCertificationMutation);
  const [uncancel, uncancelled] = useMutation(UncancelCertificationMutation);
  const [reject, rejected] = useMutation(RejectCertificationForFraudMutation);
  const [unreject, unrejected] = useMutation(UnrejectCertificationMutation);
  const [saveComments, commentsSaved] = useMutation(UpdateJuryCommentsMutation);
  const [saveCandidate, candidateSaved] = useMutation(UpdateCandidateInformationMutation);
  const [editing, setEditing] = useState(false);

  if (loading && !course) return <PageLoader />;
  if (!course) return <ErrorAlert error={error} />;

  const mayAct = canAct && !course.isPublished;
  const actionError = neutralized.error ?? deneutralized.error ?? cancelled.error ?? uncancelled.error ?? rejected.error ?? unrejected.error ?? commentsSaved.error;
  const busy = neutralized.loading || deneutralized.loading || cancelled.loading || uncancelled.loading || rejected.loading || unrejected.loading;
  const toggle = (question: JuryQuestion) => {
    const input = { certificationCourseId: course.id, challengeId: question.challengeId };
    void (question.isNeutralized ? deneutralize : neutralize)({ variables: { input } }).catch(() => undefined);
  };
  const decide = (action: JuryDecisionAction) => {
    const run = { cancel, uncancel, reject, unreject }[action];
    return run({ variables: { id: course.id } }).catch(() => undefined);
  };
  const save = async (comments: JuryComments) =>
    saveComments({ variables: { input: { certificationCourseId: course.id, ...comments } } }).then(
      () => true,
      () => false,
    );
  const saveInformation = (information: CandidateInformation) =>
    void saveCandidate({ variables: { input: { certificationCourseId: course.id, ...information } } }).then(
      () => setEditing(false),
      () => undefined,
    );
  const { candidate, session } = course;

  return (
    <Box component="article" aria-labelledby={headingId}>
      <Link component={RouterLink} to={urls.jurySession(session.id)} sx={{ display: 'inline-block', mb: 2 }}>
        {t('console.jury.certification.back', { number: session.number })}
      </Link>
      <Typography variant="h1" id={headingId} gutterBottom>
        {t('console.jury.certification.title', { name: `${candidate.firstName} ${candidate.lastName}` })}
      </Typography>
      <Typography sx={{ mb: 2 }}>
        {t('console.jury.certification.subtitle', {
          id: course.id,
          center: session.certificationCenter.name,
          date: frenchDay(session.date),
          birthdate: frenchDay(candidate.birthdate),
        })}
        {candidate.extraTimePercentage > 0 && ` ${t('console.jury.certification.extraTime', { percent: candidate.extraTimePercentage })}`}
      </Typography>
      {course.isPublished && <Alert severity="info" sx={{ mb: 2 }}>{t('console.jury.certification.published')}</Alert>}
      {course.juryDecision && <Alert severity="warning" sx={{ mb: 2 }}>{t(`console.jury.decision.is${course.juryDecision}`)}</Alert>}
      <ErrorAlert error={actionError} sx={{ mb: 2 }} />
      {mayAct && <JuryDecisionActions decision={course.juryDecision} busy={busy} onDecide={decide} onEditCandidate={() => setEditing(true)} />}

      <Typography variant="h2" sx={h2Sx}>
        {t('console.jury.scoring.title')}
      </Typography>
      <ScoringSummary scoring={course.scoring} />

      <Typography variant="h2" sx={h2Sx}>
        {t('console.jury.certification.questions', { count: course.questions.length })}
      </Typography>
      <Box component="ol" sx={{ p: 0, m: 0 }}>
        {course.questions.map((question) => (
          <QuestionCard key={question.number} question={question} onToggleNeutralization={mayAct ? toggle : null} busy={busy} />
        ))}
      </Box>

      <Typography variant="h2" sx={h2Sx}>
        {t('console.jury.certification.reportsAndIncidents')}
      </Typography>
      {course.problemReports.length + course.incidents.length === 0 ? (
        <Typography>{t('console.jury.certification.noReport')}</Typography>
      ) : (
        <Box component="ul" sx={{ pl: 3 }}>
          {course.problemReports.map((report) => (
            <li key={`report-${report.id}`}>
              {t('console.jury.questionNumber', { number: report.questionNumber })} — {t('console.jury.reportCategory', { category: report.category })} —{' '}
              {t(`console.jury.reportStatus.${report.status}`, { defaultValue: report.status })}
            </li>
          ))}
          {course.incidents.map((incident) => (
            <li key={`incident-${incident.id}`}>
              {t('console.jury.incidentCode', { code: incident.code })}
              {incident.questionNumber !== null && <> — {t('console.jury.questionNumber', { number: incident.questionNumber })}</>}
              {incident.comment && <> — « {incident.comment} »</>}
            </li>
          ))}
        </Box>
      )}

      <Typography variant="h2" sx={h2Sx}>
        {t('console.jury.comments.title')}
      </Typography>
      <JuryCommentsForm
        key={course.id}
        initial={{ commentForCandidate: course.commentForCandidate ?? '', commentForOrganization: course.commentForOrganization ?? '' }}
        onSave={mayAct ? save : null}
        busy={commentsSaved.loading}
      />

      <Typography variant="h2" sx={h2Sx}>
        {t('console.jury.history.title')}
      </Typography>
      <JuryHistory history={course.history} />
      {editing && (
        <CandidateInformationDialog
          open
          candidate={candidate}
          busy={candidateSaved.loading}
          error={candidateSaved.error}
          onCancel={() => setEditing(false)}
          onSave={saveInformation}
        />
      )}
    </Box>
  );
}
