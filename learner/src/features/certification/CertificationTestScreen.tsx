import { useMutation, useQuery } from '@apollo/client/react';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, getApiErrors } from '@pix-libre/ui-shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificationCourseQuery } from '../../__generated__/graphql';
import { PageHeading } from '../../components/PageHeading';
import { ChallengePage } from '../evaluation/components/ChallengePage';
import { SKIP_VALUE } from '../evaluation/domain/answer-value';
import { challengeShownAt } from '../evaluation/domain/challenge-clock';
import { useAnswerQueue } from '../evaluation/useAnswerQueue';
import { CertificationAssessmentQuery, ReportChallengeProblemMutation } from './certification-test.graphql';
import { CertificationCountdown } from './components/CertificationCountdown';
import { ProblemReportDialog } from './components/ProblemReportDialog';
import { localDeadline } from './domain/countdown';
import { CERTIFICATION_NETWORK_GRACE_MS, courseChangingRefusal } from './domain/test-refusals';

type Course = NonNullable<CertificationCourseQuery['certificationCourse']>;

/** "En attente de la validation du surveillant": the candidate waits for the answer to their report (the course is polled). */
function WaitingForValidation({ questionNumber }: { questionNumber: number }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 }, textAlign: 'center' }}>
      <CircularProgress aria-hidden="true" sx={{ mb: 2 }} />
      <Typography role="status" sx={{ fontWeight: 700 }}>
        {t('learner.certificationTest.report.waiting', { number: questionNumber })}
      </Typography>
    </Paper>
  );
}

/**
 * The certification test in progress (the invigilator let the candidate in): the questions with the
 * challenge page of the positioning test (no checkpoint, no result, "Je passe" allowed), "Question n
 * sur N", the countdown from the server's time, "Signaler un problème". Answers go through the durable
 * queue; a refusal that changes the course (time over, ended, authorisation lost) reads it again.
 */
export function CertificationTestScreen({ course, onCourseChanged }: { course: Course; onCourseChanged: () => void }) {
  const { t } = useTranslation();
  const assessmentId = course.assessment.id;
  const { data, error, refetch } = useQuery(CertificationAssessmentQuery, { variables: { id: assessmentId }, fetchPolicy: 'network-only' });
  const assessment = data?.assessment ?? null;
  const [deadline, setDeadline] = useState<number | null>(null);
  const [timeOver, setTimeOver] = useState(false);
  const [reportOpen, setReportOpen] = useState(false);
  const [resolvedMessage, setResolvedMessage] = useState<string | null>(null);
  const [report, { loading: reporting, error: reportError, reset: resetReport }] = useMutation(ReportChallengeProblemMutation);

  // The server's time left when its answer arrived: the deadline on this device's clock.
  useEffect(() => {
    if (assessment?.timeLeftSeconds !== null && assessment?.timeLeftSeconds !== undefined) setDeadline(localDeadline(assessment.timeLeftSeconds, Date.now()));
  }, [assessment]);

  const reload = () => void refetch().catch(() => undefined);
  const queue = useAnswerQueue(
    assessmentId,
    {
      onAcknowledged: (result) => {
        if (result.assessment.state === 'COMPLETED') onCourseChanged();
        else reload();
      },
      onRefused: (refusal) => {
        if (courseChangingRefusal(refusal)) onCourseChanged();
        else reload();
      },
    },
    { ready: Boolean(data) },
  );

  // The invigilator's answer to a report: accepted, the next question; refused, answer this one.
  const last = course.lastProblemReport;
  const lastSeen = useRef(last);
  useEffect(() => {
    const before = lastSeen.current;
    lastSeen.current = last;
    if (!last || !before || before.id !== last.id || before.status !== 'PENDING' || last.status === 'PENDING') return;
    setResolvedMessage(last.status === 'ACCEPTED' ? t('learner.certificationTest.report.accepted') : t('learner.certificationTest.report.refused'));
    reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [last?.id, last?.status]);

  // Time over on this device: after the network's grace, a last "Je passe" lets the server end the test
  // (refused with the time-over code, nothing stored), then the end screen.
  useEffect(() => {
    if (!timeOver) return;
    const challengeId = assessment?.currentChallenge?.id;
    const timer = window.setTimeout(() => {
      if (challengeId) queue.submit(challengeId, SKIP_VALUE);
      else onCourseChanged();
    }, CERTIFICATION_NETWORK_GRACE_MS);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [timeOver]);

  if (!assessment) return error ? <ErrorAlert error={error} /> : <PageLoader />;
  const progress = assessment.certificationProgress;
  const questionNumber = progress?.questionNumber ?? 1;
  const total = progress?.numberOfQuestions ?? course.numberOfChallenges;
  const pending = last?.status === 'PENDING' ? last : null;
  const countdown = deadline === null ? null : <CertificationCountdown deadline={deadline} onTimeOver={() => setTimeOver(true)} />;
  const title = t('learner.certificationTest.questionOf', { number: questionNumber, total });

  if (timeOver) {
    return (
      <Box sx={{ maxWidth: 880, mx: 'auto' }}>
        <Alert severity="warning" role="alert">
          {t('learner.certificationTest.timeOver')}
        </Alert>
      </Box>
    );
  }
  if (pending || !assessment.currentChallenge) {
    return (
      <Box component="section" aria-labelledby="certification-question-title" sx={{ maxWidth: 880, mx: 'auto' }}>
        <PageHeading id="certification-question-title" gutterBottom>
          {title}
        </PageHeading>
        <Box sx={{ mb: 3 }}>{countdown}</Box>
        {pending ? <WaitingForValidation questionNumber={pending.questionNumber} /> : <PageLoader />}
      </Box>
    );
  }
  const challenge = assessment.currentChallenge;
  const send = (value: string) => {
    setResolvedMessage(null);
    queue.submit(challenge.id, value);
  };
  return (
    <>
      <ChallengePage
        key={challenge.id}
        challenge={challenge}
        testName={t('learner.certificationTest.testName')}
        quitHref={null}
        number={questionNumber}
        title={title}
        status={
          <>
            {countdown}
            <div aria-live="polite">
              {resolvedMessage && (
                <Alert severity="info" role="status" sx={{ mt: 2 }}>
                  {resolvedMessage}
                </Alert>
              )}
            </div>
          </>
        }
        actions={
          <Button variant="outlined" startIcon={<ReportProblemOutlined />} onClick={() => setReportOpen(true)} disabled={queue.sending || last?.questionNumber === questionNumber}>
            {t('learner.certificationTest.report.open')}
          </Button>
        }
        startedAt={challengeShownAt(assessmentId, challenge.id)}
        onAnswer={send}
        onSkip={() => send(SKIP_VALUE)}
        waiting={queue.pendingCount > 0 || queue.sending}
        connectionLost={queue.connectionLost}
        onRetry={queue.replay}
        error={getApiErrors(queue.error).length ? queue.error : null}
      />
      <ProblemReportDialog
        open={reportOpen}
        questionNumber={questionNumber}
        submitting={reporting}
        error={reportError ?? null}
        onClose={() => {
          setReportOpen(false);
          resetReport();
        }}
        onSubmit={(category) => {
          void report({ variables: { input: { assessmentId, challengeId: challenge.id, category } } })
            .then(() => {
              setReportOpen(false);
              setResolvedMessage(null);
              onCourseChanged();
            })
            .catch(() => undefined);
        }}
      />
    </>
  );
}
