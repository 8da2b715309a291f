import { useApolloClient, useQuery } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { ErrorAlert, PageLoader, hasErrorCode, useDocumentTitle } from '@pix-libre/ui-shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Navigate, useNavigate } from 'react-router';
import { urls } from '../../urls';
import { useTutorialActions, type TutorialActions } from '../tutorials/useTutorialActions';
import { ChallengePage } from './components/ChallengePage';
import { CheckpointPage, checkpointTitle, type AnswerTutorials, type Checkpoint } from './components/CheckpointPage';
import { SKIP_VALUE, type Challenge } from './domain/answer-value';
import { challengeShownAt } from './domain/challenge-clock';
import type { AssessmentQuery } from '../../__generated__/graphql';
import { AssessmentQuery as AssessmentDocument, CheckpointDetailsQuery, CheckpointLearnMoreQuery, CurrentChallengeQuery } from './evaluation.graphql';
import { useAnswerQueue, type AnswerQueue } from './useAnswerQueue';

/**
 * What frames a test: a positioning test is about one competence; a campaign's test is about a
 * campaign (its name, its progress bar, its landing page to quit to, its results at the end).
 */
export interface TestFrame {
  kind: 'competence' | 'campaign';
  /** The competence's or the campaign's name. */
  name: string;
  /** "Quitter": the competence page, or the campaign's landing page (where "Je commence" resumes). */
  quitHref: string;
  /** Where the end of the test leads ("Voir mon résultat", "Voir mes résultats"). */
  endHref: string;
  /** A campaign's progress in %, null for a positioning test. */
  progress: number | null;
}

type LoadedAssessment = NonNullable<AssessmentQuery['assessment']>;

/** The frame of a loaded test; null when it is neither (nothing to show). */
export function testFrameOf(assessment: LoadedAssessment): TestFrame | null {
  if (assessment.competence) {
    const href = urls.competence(assessment.competence.id);
    return { kind: 'competence', name: assessment.competence.name, quitHref: href, endHref: href, progress: null };
  }
  const participation = assessment.campaignParticipation;
  if (assessment.type === 'CAMPAIGN' && participation) {
    const { code, name } = participation.campaign;
    return {
      kind: 'campaign',
      name,
      quitHref: urls.campaignLanding(code),
      endHref: urls.campaignParticipation(code, participation.id),
      progress: assessment.progress ?? 0,
    };
  }
  return null;
}

interface ChallengeScreenProps {
  assessmentId: string;
  challenge: Challenge;
  frame: TestFrame;
  /** The challenge's number in the test. */
  number: number;
  queue: AnswerQueue;
}

/**
 * The current challenge, with the moment it was first shown (kept across reloads) for the countdown of
 * a timed challenge; the server keeps its own clock, so no time is sent.
 */
function ChallengeScreen({ assessmentId, challenge, frame, number, queue }: ChallengeScreenProps) {
  const [startedAt] = useState(() => challengeShownAt(assessmentId, challenge.id));
  const send = (value: string) => queue.submit(challenge.id, value);
  return (
    <ChallengePage
      challenge={challenge}
      testName={frame.name}
      quitHref={frame.quitHref}
      campaignProgress={frame.progress}
      number={number}
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
  frame: TestFrame;
  /** The test has ended (no current challenge). */
  ended: boolean;
  tutorials: TutorialActions;
  onContinue: (isFinal: boolean) => void;
}

/** "Bilan intermédiaire": the answers at once, their tutorials from the assessment's last checkpoint. */
function CheckpointScreen({ assessmentId, answered, frame, ended, tutorials, onContinue }: CheckpointScreenProps) {
  // Not cached: answers without ids would be merged badly, and the flags of tutorials follow `tutorials.resolve`.
  const { data, loading, error } = useQuery(CheckpointDetailsQuery, { variables: { id: assessmentId }, fetchPolicy: 'no-cache' });
  const learnMore = useQuery(CheckpointLearnMoreQuery, { variables: { id: assessmentId }, fetchPolicy: 'no-cache' });
  const details = data?.assessment?.lastCheckpoint ?? null;
  const checkpoint = answered ?? details;
  if (!checkpoint) {
    if (loading) return <PageLoader />;
    if (error) return <ErrorAlert error={error} />;
    return <Navigate to={frame.endHref} replace />;
  }
  const learnMoreByAnswer = new Map((learnMore.data?.assessment?.lastCheckpoint?.answers ?? []).map((item) => [item.answer.id, item.learnMoreTutorials]));
  const byAnswer = new Map<string, AnswerTutorials>(
    (details?.answers ?? []).map((item) => [item.answer.id, { tutorials: item.tutorials, learnMoreTutorials: learnMoreByAnswer.get(item.answer.id) ?? [] }]),
  );
  const isFinal = checkpoint.isFinal || ended;
  return (
    <CheckpointPage
      checkpoint={checkpoint}
      testName={frame.name}
      kind={frame.kind}
      isFinal={isFinal}
      answerTutorials={{ of: (answerId) => byAnswer.get(answerId), loading: loading || learnMore.loading, error: error ?? learnMore.error }}
      tutorials={tutorials}
      onContinue={() => onContinue(isFinal)}
    />
  );
}

/**
 * Runs a test, a positioning test or a campaign's (`campaignCode` from a campaign's route; each test
 * is moved to its own address): loads the assessment with the checkpoint the learner has not gone past
 * (a reload shows it again), then its current challenge (the same until it is answered, so a reload
 * never draws another one; reading it goes past the checkpoint), sends answers through the durable
 * queue, shows the checkpoint ("Bilan intermédiaire") an answer's result carries, then the next
 * challenge. A campaign's test shows the campaign's name and progress, and ends on its results.
 */
export function AssessmentView({ assessmentId, campaignCode }: { assessmentId: string; campaignCode?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(AssessmentDocument, { variables: { id: assessmentId }, fetchPolicy: 'network-only' });
  // undefined: the checkpoint the server says is pending (a reload); a checkpoint: the one an answer
  // brought; null: the learner went on.
  const [checkpointState, setCheckpoint] = useState<Checkpoint | null | undefined>(undefined);
  const frame = data?.assessment ? testFrameOf(data.assessment) : null;
  const assessment = frame ? data?.assessment : null;
  const notFound = (data && !assessment) || hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'FORBIDDEN');
  const ended = assessment?.state === 'COMPLETED';
  const checkpoint = checkpointState === undefined ? (assessment?.pendingCheckpoint ?? null) : checkpointState;
  // The current challenge only while no checkpoint is to be shown: reading it goes on past the checkpoint
  // (after a checkpoint, the next challenge does not come with the answer; its clock starts when it is sent).
  const wantChallenge = Boolean(assessment && !ended && !checkpoint);
  const currentQuery = useQuery(CurrentChallengeQuery, { variables: { id: assessmentId }, skip: !wantChallenge, fetchPolicy: 'network-only' });
  // Only the challenge that follows the answers the test knows of: right after "Continuer mon parcours",
  // the query still holds the challenge answered before the checkpoint until the new one arrives.
  const current = currentQuery.data?.assessment;
  const currentChallenge = wantChallenge && current && current.answeredCount === assessment?.answeredCount ? (current.currentChallenge ?? null) : null;
  // The number of the challenge, from the same query as the challenge (they change together).
  const challengeNumber = (currentQuery.data?.assessment?.answeredCount ?? assessment?.answeredCount ?? 0) + 1;
  const tutorials = useTutorialActions();
  const queue = useAnswerQueue(
    assessmentId,
    {
      onAcknowledged: (result) => {
        // The checkpoint first, then the next challenge: both show in the same render.
        if (result.checkpoint) setCheckpoint(result.checkpoint);
        // One broadcast for the count and the next challenge: the new number never shows on the old challenge.
        client.cache.batch({
          update: (cache) => {
            cache.updateQuery({ query: AssessmentDocument, variables: { id: assessmentId } }, (current) =>
              current?.assessment
                ? {
                    ...current,
                    assessment: {
                      ...current.assessment,
                      state: result.assessment.state,
                      answeredCount: result.assessment.answeredCount,
                      progress: result.assessment.progress,
                    },
                  }
                : current,
            );
            cache.updateQuery({ query: CurrentChallengeQuery, variables: { id: assessmentId } }, (current) =>
              current?.assessment
                ? { ...current, assessment: { ...current.assessment, answeredCount: result.assessment.answeredCount, currentChallenge: result.nextChallenge } }
                : current,
            );
          },
        });
      },
      onRefused: (refusal) => {
        // Another tab answered, or the test ended meanwhile: show where the test really is.
        if (hasErrorCode(refusal, 'NOT_CURRENT_CHALLENGE') || hasErrorCode(refusal, 'ASSESSMENT_COMPLETED')) {
          // The challenge first, then the count (the new number never shows on the old challenge), then
          // the checkpoint the server says is pending, if any (another tab may have reached one).
          void currentQuery
            .refetch()
            .then(() => refetch())
            .then(() => setCheckpoint(undefined))
            .catch(() => undefined);
        }
      },
    },
    // Answers left from a closed tab are sent once the test and its current challenge are loaded (the answer's result then wins).
    { ready: Boolean(data?.assessment) && (!wantChallenge || currentQuery.data !== undefined || currentQuery.error !== undefined) },
  );

  const settled = !queue.sending && queue.pendingCount === 0;
  const showCheckpoint = Boolean(checkpoint || (assessment && ended && settled));
  // No current challenge although the test goes on: it ended meanwhile (another tab); load it again.
  const endedElsewhere = wantChallenge && settled && !currentQuery.loading && Boolean(currentQuery.data) && !currentChallenge;
  useEffect(() => {
    if (endedElsewhere) void refetch().catch(() => undefined);
  }, [endedElsewhere, refetch]);
  useDocumentTitle(
    assessment && frame
      ? showCheckpoint
        ? `${checkpointTitle(t, Boolean(checkpoint?.isFinal || ended), frame.kind)} - ${frame.name}`
        : `${t('learner.challenge.title', { number: challengeNumber })} - ${frame.name}`
      : notFound
        ? t('learner.assessment.notFoundTitle')
        : error
          ? t('shared.errors.title')
          : null,
  );

  if (loading && !data) return <PageLoader />;
  if (!assessment || !frame) {
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

  // Each test at its own address: a campaign's test under its campaign, a positioning test under /evaluations.
  const canonical =
    frame.kind === 'campaign' && assessment.campaignParticipation
      ? urls.campaignAssessment(assessment.campaignParticipation.campaign.code, assessment.id)
      : urls.assessment(assessment.id);
  const here = campaignCode === undefined ? urls.assessment(assessment.id) : urls.campaignAssessment(campaignCode, assessment.id);
  if (here !== canonical) return <Navigate to={canonical} replace />;

  if (showCheckpoint) {
    return (
      <CheckpointScreen
        key={checkpoint ? 'answered' : 'reopened'}
        assessmentId={assessment.id}
        answered={checkpoint}
        frame={frame}
        ended={ended}
        tutorials={tutorials}
        onContinue={(isFinal) => {
          if (isFinal) navigate(frame.endHref);
          else setCheckpoint(null);
        }}
      />
    );
  }
  if (currentQuery.error && !currentChallenge) return <ErrorAlert error={currentQuery.error} />;
  // An answer being acknowledged may end the test with its checkpoint: wait for it.
  if (!currentChallenge) return <PageLoader />;
  return (
    <ChallengeScreen
      key={currentChallenge.id}
      assessmentId={assessment.id}
      challenge={currentChallenge}
      frame={frame}
      number={challengeNumber}
      queue={queue}
    />
  );
}
