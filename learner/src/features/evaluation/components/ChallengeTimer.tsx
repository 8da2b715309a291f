import TimerOutlined from '@mui/icons-material/TimerOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { visuallyHidden } from '@pix-libre/ui-shared';

export interface ChallengeTimerProps {
  /** The challenge's time limit in seconds. */
  seconds: number;
  /** When the challenge was first shown (ms since epoch). */
  startedAt: number;
  /** For tests: the clock. */
  now?: () => number;
}

/** Seconds left, never below 0. */
export function remainingSeconds(seconds: number, startedAt: number, now: number): number {
  return Math.max(0, seconds - Math.floor((now - startedAt) / 1000));
}

/** "1:05" */
export function formatClock(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * The countdown of a timed challenge: visible (role="timer", not read out every second) and
 * announced politely at the start, 10 seconds before the end and when time is up.
 */
export function ChallengeTimer({ seconds, startedAt, now = Date.now }: ChallengeTimerProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(() => remainingSeconds(seconds, startedAt, now()));

  useEffect(() => {
    const tick = () => setLeft(remainingSeconds(seconds, startedAt, now()));
    tick();
    const interval = window.setInterval(tick, 250);
    return () => window.clearInterval(interval);
  }, [seconds, startedAt, now]);

  const duration = (value: number) => {
    const minutes = Math.floor(value / 60);
    const rest = value % 60;
    if (minutes === 0) return t('learner.timer.seconds', { count: rest });
    if (rest === 0) return t('learner.timer.minutes', { count: minutes });
    return t('learner.timer.minutesSeconds', { minutes, seconds: rest });
  };

  // A live region only announces changes: it starts empty and gets its first message just after.
  const [live, setLive] = useState(false);
  useEffect(() => {
    const timeout = window.setTimeout(() => setLive(true), 300);
    return () => window.clearTimeout(timeout);
  }, []);

  const [announcement] = useState(() => t('learner.timer.announceStart', { duration: duration(remainingSeconds(seconds, startedAt, now())) }));
  const expired = left === 0;
  let message = announcement;
  if (expired) message = t('learner.timer.announceExpired');
  else if (left <= 10 && seconds > 10) message = t('learner.timer.announceSoon', { duration: duration(10) });

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Box
        role="timer"
        aria-label={t('learner.timer.label')}
        sx={{
          display: 'inline-flex',
          alignItems: 'center',
          gap: 1,
          px: 1.5,
          py: 0.5,
          borderRadius: 1,
          border: '2px solid',
          borderColor: expired ? 'error.main' : 'primary.main',
          color: expired ? 'error.main' : 'primary.main',
          fontWeight: 700,
          fontVariantNumeric: 'tabular-nums',
        }}
      >
        <TimerOutlined aria-hidden="true" fontSize="small" />
        <span>
          {t('learner.timer.left')} {formatClock(left)}
        </span>
      </Box>
      {expired && (
        <Typography color="error" sx={{ fontWeight: 500 }} aria-hidden="true">
          {t('learner.timer.expired')}
        </Typography>
      )}
      <Box component="span" aria-live="polite" sx={visuallyHidden}>
        {live ? message : ''}
      </Box>
    </Box>
  );
}
