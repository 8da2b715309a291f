import TimerOutlined from '@mui/icons-material/TimerOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, secondsLeft, thresholdCrossed } from '../domain/countdown';
import { visuallyHidden } from '@pix-libre/ui-shared';

export interface CertificationCountdownProps {
  /** The end of the test on this device's clock (from the server's time left: see localDeadline). */
  deadline: number;
  /** Called once when the time is over. */
  onTimeOver: () => void;
  /** For tests. */
  now?: () => number;
}

/**
 * "Temps restant" from the server's clock, updated every second for the eye; screen readers hear it
 * only at 15 min, 5 min and 1 min left (a polite live region), never every second. It never blocks.
 */
export function CertificationCountdown({ deadline, onTimeOver, now = Date.now }: CertificationCountdownProps) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(() => secondsLeft(deadline, now()));
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(left);
  const overCalled = useRef(false);
  const onTimeOverRef = useRef(onTimeOver);
  useEffect(() => {
    onTimeOverRef.current = onTimeOver;
  });

  useEffect(() => {
    const tick = () => {
      const current = secondsLeft(deadline, now());
      const crossed = thresholdCrossed(previous.current, current);
      if (crossed !== null) setAnnouncement(t('learner.certificationTest.timeLeftAnnouncement', { count: crossed / 60 }));
      previous.current = current;
      setLeft(current);
      if (current === 0 && !overCalled.current) {
        overCalled.current = true;
        onTimeOverRef.current();
      }
    };
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [deadline, now, t]);

  const low = left <= 5 * 60;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
      <TimerOutlined aria-hidden="true" sx={{ color: low ? 'warning.dark' : 'text.secondary' }} />
      <Typography sx={{ fontWeight: 700, color: low ? '#8a4b00' : 'text.primary' }}>
        {t('learner.certificationTest.timeLeft')}{' '}
        <Box component="span" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid="certification-time-left">
          {formatClock(left)}
        </Box>
      </Typography>
      <Box component="span" aria-live="polite" aria-atomic="true" sx={visuallyHidden}>
        {announcement}
      </Box>
    </Box>
  );
}

