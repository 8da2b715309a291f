import { useApolloClient, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, hasErrorCode, useDocumentTitle } from '@pix-libre/ui-shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { useTutorialActions, type TutorialActions } from '../tutorials/useTutorialActions';
import { ChallengePage } from './components/ChallengePage';
import { CheckpointPage, type AnswerTutorials, type Checkpoint } from './components/CheckpointPage';
import { CHECKPOINT_BLOCK_SIZE, SKIP_VALUE, positionInBlock, type Challenge } from './domain/answer-value';
import { challengeShownAt, secondsSince } from './domain/challenge-clock';
import { AssessmentQuery, CheckpointDetailsQuery, CheckpointLearnMoreQuery } from './evaluation.graphql';
import { useAnswerQueue, type AnswerQueue } from './useAnswerQueue';

interface ChallengeScreenProps {
  assessmentId: string;
  challenge: Challenge;
  competence: { id: string; name: string };
  answeredCount: number;
  queue: AnswerQueue;
}

/** The current challenge, with the moment it was first shown (kept across reloads). */
function ChallengeScreen({ assessmentId, challenge, competence, answeredCount, queue }: ChallengeScreenProps) {
  const [startedAt] = useState(() => challengeShownAt(assessmentId, challenge.id));
  const send = (value: string) => queue.submit(challenge.id, value, secondsSince(startedAt));
  return (
    <ChallengePage
      challenge={challenge}
      competenceName={competence.name}
      quitHref={urls.competence(competence.id)}
      position={positionInBlock(answeredCount)}
      startedAt={startedAt}
      onAnswer={send}
      onSkip={() => send(SKIP_VALUE)}
      waiting={queue.pendingCount > 0 || queue.sending}
      connectionLost={queue.connectionLost}
      onRetry={queue.replay}
      error={queue.error}
    />
  );
}

interface CheckpointScreenProps {
  assessmentId: string;
  /** The checkpoint an answer just brought; none when a completed test is opened again. */
  answered: Checkpoint | null;
  competence: { id: string; name: string };
  /** The test has ended (no current challenge). */
  ended: boolean;
  tutorials: TutorialActions;
  onContinue: (isFinal: boolean) => void;
}

/** "Bilan intermédiaire": the answers at once, their tutorials from the assessment's last checkpoint. */
function CheckpointScreen({ assessmentId, answered, competence, ended, tutorials, onContinue }: CheckpointScreenProps) {
  // Not cached: answers without ids would be merged badly, and the flags of tutorials follow `tutorials.resolve`.
  const { data, loading, error } = useQuery(CheckpointDetailsQuery, { variables: { id: assessmentId }, fetchPolicy: 'no-cache' });
  const learnMore = useQuery(CheckpointLearnMoreQuery, { variables: { id: assessmentId }, fetchPolicy: 'no-cache' });
  const details = data?.assessment?.lastCheckpoint ?? null;
  const checkpoint = answered ?? details;
  if (!checkpoint) {
    if (loading) return <PageLoader />;
    if (error) return <ErrorAlert error={error} />;
    return <Navigate to={urls.competence(competence.id)} replace />;
  }
  const learnMoreByAnswer = new Map((learnMore.data?.assessment?.lastCheckpoint?.answers ?? []).map((item) => [item.answer.id, item.learnMoreTutorials]));
  const byAnswer = new Map<string, AnswerTutorials>(
    (details?.answers ?? []).map((item) => [item.answer.id, { tutorials: item.tutorials, learnMoreTutorials: learnMoreByAnswer.get(item.answer.id) ?? [] }]),
  );
  const isFinal = checkpoint.isFinal || ended;
  return (
    <CheckpointPage
      checkpoint={checkpoint}
      competenceName={competence.name}
      isFinal={isFinal}
      answerTutorials={{ of: (answerId) => byAnswer.get(answerId), loading: loading || learnMore.loading, error: error ?? learnMore.error }}
      tutorials={tutorials}
      onContinue={() => onContinue(isFinal)}
    />
  );
}

/**
 * Runs a positioning test: loads the assessment (the current challenge is the same until it is
 * answered, so a reload never draws another one), sends answers through the durable queue, shows
 * the checkpoint ("Bilan intermédiaire") an answer's result carries, then the next challenge.
 */
export function AssessmentView({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(AssessmentQuery, { variables: { id: assessmentId }, fetchPolicy: 'network-only' });
  const [checkpoint, setCheckpoint] = useState<Checkpoint | null>(null);
  const tutorials = useTutorialActions();
  const queue = useAnswerQueue(
    assessmentId,
    {
      onAcknowledged: (result) => {
        // The checkpoint first, then the next challenge: both show in the same render.
        if (result.checkpoint) setCheckpoint(result.checkpoint);
        client.cache.updateQuery({ query: AssessmentQuery, variables: { id: assessmentId } }, (current) =>
          current?.assessment
            ? {
                ...current,
                assessment: {
                  ...current.assessment,
                  state: result.assessment.state,
                  answeredCount: result.assessment.answeredCount,
                  currentChallenge: result.nextChallenge,
                },
              }
            : current,
        );
      },
      onRefused: (refusal) => {
        // Another tab answered, or the test ended meanwhile: show where the test really is.
        if (hasErrorCode(refusal, 'NOT_CURRENT_CHALLENGE') || hasErrorCode(refusal, 'ASSESSMENT_COMPLETED')) void refetch().catch(() => undefined);
      },
    },
    { ready: Boolean(data?.assessment) },
  );

  // A campaign's test (no single competence) has its own pages, not this one.
  const assessment = data?.assessment?.competence ? { ...data.assessment, competence: data.assessment.competence } : null;
  const notFound = (data && !assessment) || hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN');
  const showCheckpoint = Boolean(checkpoint || (assessment && !assessment.currentChallenge && !queue.sending && queue.pendingCount === 0));
  useDocumentTitle(
    assessment
      ? showCheckpoint
        ? `${t('learner.checkpoint.title')} - ${assessment.competence.name}`
        : `${t('learner.challenge.title', { position: positionInBlock(assessment.answeredCount), total: CHECKPOINT_BLOCK_SIZE })} - ${assessment.competence.name}`
      : notFound
        ? t('learner.assessment.notFoundTitle')
        : error
          ? t('shared.errors.title')
          : null,
  );

  if (loading && !data) return <PageLoader />;
  if (!assessment) {
    return (
      <section aria-labelledby="assessment-unavailable">
        <Typography variant="h1" id="assessment-unavailable" gutterBottom>
          {notFound ? t('learner.assessment.notFoundTitle') : t('shared.errors.title')}
        </Typography>
        {notFound ? <Typography sx={{ mb: 3 }}>{t('learner.assessment.notFoundText')}</Typography> : <ErrorAlert error={error} sx={{ mb: 3 }} />}
        {!notFound && (
          <Button variant="contained" onClick={() => void refetch().catch(() => undefined)} sx={{ mr: 2, mb: 2 }}>
            {t('learner.assessment.reload')}
          </Button>
        )}
        <Button component={RouterLink} to={urls.home()} variant={notFound ? 'contained' : 'outlined'} sx={{ mb: 2 }}>
          {t('learner.competencePage.back')}
        </Button>
      </section>
    );
  }

  const competence = assessment.competence;
  if (showCheckpoint) {
    return (
      <CheckpointScreen
        key={checkpoint ? 'answered' : 'reopened'}
        assessmentId={assessment.id}
        answered={checkpoint}
        competence={competence}
        ended={!assessment.currentChallenge}
        tutorials={tutorials}
        onContinue={(isFinal) => {
          if (isFinal) navigate(urls.competence(competence.id));
          else setCheckpoint(null);
        }}
      />
    );
  }
  // An answer being acknowledged may end the test with its checkpoint: wait for it.
  if (!assessment.currentChallenge) return <PageLoader />;
  return (
    <ChallengeScreen
      key={assessment.currentChallenge.id}
      assessmentId={assessment.id}
      challenge={assessment.currentChallenge}
      competence={competence}
      answeredCount={assessment.answeredCount}
      queue={queue}
    />
  );
}
