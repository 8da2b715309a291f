import ExitToApp from '@mui/icons-material/ExitToApp';
import WifiOff from '@mui/icons-material/WifiOff';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { AnswerInputs, ChallengeEmbed, ChallengeMedia, ErrorAlert, Markdown } from '@pix-libre/ui-shared';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { answerValue, CHECKPOINT_BLOCK_SIZE, EMPTY_DRAFT, hasAnswer, type AnswerDraft, type Challenge } from '../domain/answer-value';
import { ChallengeTimer } from './ChallengeTimer';

export interface ChallengePageProps {
  challenge: Challenge;
  /** The competence's name (positioning) or the campaign's name (a campaign's test). */
  testName: string;
  /** Where "Quitter" leads (the competence page, the campaign's landing page); the test resumes later on the same challenge. Null: no "Quitter" (a certification). */
  quitHref: string | null;
  /** A campaign's test: the share of the parcours done, in % (a bar); a positioning test has no bar (the engine decides when it ends). */
  campaignProgress?: number | null;
  /** The challenge's number in the test (1 for the first): no total, the engine may end the test at any answer. */
  number: number;
  /** When the challenge was first shown (for the countdown of a timed challenge). */
  startedAt: number;
  /** "Je valide" with the value in domain.md's syntax. */
  onAnswer: (value: string) => void;
  /** "Je passe". */
  onSkip: () => void;
  /** An answer is waiting for the server: nothing more can be answered. */
  waiting: boolean;
  /** The last attempt failed on the network: "Connexion perdue, votre réponse sera envoyée". */
  connectionLost: boolean;
  /** Replays the waiting answer now. */
  onRetry: () => void;
  /** The server's refusal of the last answer. */
  error: unknown;
  /** The heading instead of "Question n" (a certification's "Question n sur N"). */
  title?: string;
  /** What shows under the heading instead of the checkpoint rhythm or the campaign's progress (a certification's countdown). */
  status?: ReactNode;
  /** More actions next to "Quitter" (a certification's "Signaler un problème"). */
  actions?: ReactNode;
}

/** A campaign's test: how much of the parcours is done, as a bar and as text (never by the bar alone). */
function CampaignProgress({ value }: { value: number }) {
  const { t } = useTranslation();
  const percent = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="body2" color="text.secondary" aria-hidden="true" sx={{ mb: 0.5 }}>
        {t('learner.challenge.campaignProgressText', { percent })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-label={t('learner.challenge.campaignProgressLabel')}
        aria-valuetext={t('learner.challenge.campaignProgressValue', { percent })}
        sx={{ height: 8, borderRadius: 4, bgcolor: '#e5e5e5' }}
      />
    </Box>
  );
}

/** One challenge of a test (props only): progress, instruction, input, "Je valide", "Je passe", "Quitter". */
export function ChallengePage({
  challenge,
  testName,
  quitHref,
  campaignProgress = null,
  number,
  startedAt,
  onAnswer,
  onSkip,
  waiting,
  connectionLost,
  onRetry,
  error,
  title,
  status,
  actions,
}: ChallengePageProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AnswerDraft>(EMPTY_DRAFT);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const instructionId = useId();
  const canValidate = hasAnswer(challenge, draft) && !waiting;

  // A new challenge: screen-reader and keyboard users start again from its heading.
  useEffect(() => {
    headingRef.current?.focus();
  }, [challenge.id]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (canValidate) onAnswer(answerValue(challenge, draft));
  };

  return (
    <Box component="article" aria-labelledby={headingId} sx={{ maxWidth: 880, mx: 'auto' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'center', justifyContent: 'space-between', mb: 2 }}>
        <Typography color="text.secondary" sx={{ fontWeight: 700, flex: '1 1 200px' }}>
          {testName}
        </Typography>
        {actions}
        {quitHref !== null && (
          <Button component={RouterLink} to={quitHref} variant="outlined" startIcon={<ExitToApp />}>
            {t('learner.challenge.quit')}
          </Button>
        )}
      </Box>
      <Typography variant="h1" id={headingId} ref={headingRef} tabIndex={-1} sx={{ fontSize: { xs: '1.5rem', sm: '1.75rem' }, mb: 1, '&:focus': { outline: 'none' } }}>
        {title ?? t('learner.challenge.title', { number })}
      </Typography>
      {status !== undefined ? (
        <Box sx={{ mb: 3 }}>{status}</Box>
      ) : campaignProgress === null ? (
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('learner.challenge.checkpointRhythm', { every: CHECKPOINT_BLOCK_SIZE })}
        </Typography>
      ) : (
        <CampaignProgress value={campaignProgress} />
      )}
      {challenge.timer ? (
        <Box sx={{ mb: 2 }}>
          <ChallengeTimer seconds={challenge.timer} startedAt={startedAt} />
        </Box>
      ) : null}
      <Paper variant="outlined" component="form" noValidate onSubmit={submit} aria-describedby={instructionId} sx={{ p: { xs: 2, sm: 3 } }}>
        <Box id={instructionId} sx={{ mb: 3, fontSize: '1.0625rem' }}>
          <Markdown>{challenge.instruction}</Markdown>
          <ChallengeMedia challenge={challenge} />
        </Box>
        <ChallengeEmbed challenge={challenge} />
        <AnswerInputs challenge={challenge} draft={draft} onChange={setDraft} disabled={waiting} />
        {/* A live region present from the start, so that the message is announced when it appears. */}
        <div aria-live="polite">
          {connectionLost && (
            <Alert
              role="status"
              severity="warning"
              icon={<WifiOff />}
              sx={{ mt: 2 }}
              action={
                <Button color="inherit" size="small" onClick={onRetry}>
                  {t('learner.challenge.retryNow')}
                </Button>
              }
            >
              {t('learner.challenge.connectionLost')}
            </Alert>
          )}
        </div>
        <ErrorAlert error={error} sx={{ mt: 2 }} />
        <Box sx={{ display: 'flex', flexWrap: 'wrap-reverse', gap: 2, justifyContent: 'flex-end', mt: 3 }}>
          <Button variant="outlined" size="large" onClick={onSkip} disabled={waiting} sx={{ flex: { xs: '1 1 140px', sm: '0 0 auto' } }}>
            {t('learner.challenge.skip')}
          </Button>
          <Button type="submit" variant="contained" size="large" disabled={!canValidate} sx={{ flex: { xs: '1 1 140px', sm: '0 0 auto' } }}>
            {t('learner.challenge.validate')}
          </Button>
        </Box>
        {!hasAnswer(challenge, draft) && !waiting && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1, textAlign: 'right' }}>
            {t('learner.challenge.validateHint')}
          </Typography>
        )}
      </Paper>
    </Box>
  );
}
